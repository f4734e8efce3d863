namespace NorthPool.Storage;

public static class StoreCollectionRegistration
{
    public static IServiceCollection AddStoreCollections(this IServiceCollection services, IEnumerable<StoreCollection> collections)
    {
        foreach (var collection in collections)
            services.AddSingleton(collection);
        return services;
    }

    // What the feature keeps in memory of a Watched collection, told of other instances' writes (PostgreSQL).
    public static IServiceCollection AddRowChangeHandler<T>(this IServiceCollection services)
        where T : class, IRowChangeHandler =>
        services.AddSingleton<IRowChangeHandler, T>();
}
