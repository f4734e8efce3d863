namespace NorthPool.Storage;

public static class StoreCollectionRegistration
{
    public static IServiceCollection AddStoreCollections(this IServiceCollection services, IEnumerable<StoreCollection> collections)
    {
        foreach (var collection in collections)
            services.AddSingleton(collection);
        return services;
    }
}
