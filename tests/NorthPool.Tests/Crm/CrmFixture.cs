using NorthPool.Crm;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Crm;

// A seeded store with the CRM's parts over it, as the app wires them.
public sealed class CrmFixture : IDisposable
{
    public CrmFixture()
    {
        var catalog = Catalog.Load(Catalog.DefaultPath);
        Directory = new CustomerDirectory(Store.Db);
        Resolver = new CustomerResolver(Directory, Store.Db);
        Crm = new CrmStore(Store.Db, Store.Writer, Directory, Store.Tasks, CrmQuotaRules.Load(CrmQuotaRules.DefaultPath, catalog), catalog);
        Targets = AnnualTargets.Load(Catalog.DefaultPath, Store.Db);
        Progress = new TargetProgress(Store.Db, Crm, Targets);
    }

    public AnnualTargets Targets { get; }
    public TargetProgress Progress { get; }

    public TestStore Store { get; } = TestStore.CreateSeeded();
    public CustomerDirectory Directory { get; }
    public CustomerResolver Resolver { get; }
    public CrmStore Crm { get; }

    public async Task<Customer> AddAsync(string name, Industry industry, CustomerLevel level = CustomerLevel.Province, bool isKey = false, params string[] aliases)
    {
        var created = await Crm.CreateAsync(new Customer
        {
            Name = name, Industry = industry, Level = level, IsKey = isKey, Aliases = [.. aliases],
            CreatedAt = Store.Time.GetUtcNow(), UpdatedAt = Store.Time.GetUtcNow(),
        }, People.Zhang, activityId: null, default);
        return Assert.IsType<CustomerCreation.Created>(created).Customer;
    }

    public Task<VisitRecorded> VisitAsync(Customer customer, Member by, string summary, string? activityId = null, DateTimeOffset? at = null) =>
        Crm.RecordVisitAsync(new Visit { ById = by.Id, ByName = by.Name, At = at ?? Store.Time.GetUtcNow(), Summary = summary, ActivityId = activityId }, customer, by, default);

    public void Dispose() => Store.Dispose();
}
