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
        var changes = new CrmChangeLog(Store.Db, Store.Writer, new CrmChangeFeed());
        var rules = CrmQuotaRules.Load(CrmQuotaRules.DefaultPath, catalog);
        var quotas = new QuotaCounter(Store.Db, Store.Tasks, catalog);
        Customers = new CustomerStore(Store.Db, Store.Writer, Directory, changes);
        Visits = new VisitStore(Store.Db, Store.Writer, rules, quotas, changes);
        Opportunities = new OpportunityStore(Store.Db, Store.Writer, rules, quotas, changes);
        Contracts = new ContractStore(Store.Db, Store.Writer, Directory, changes, Store.Time);
        Tickets = new TicketStore(Store.Db, Store.Writer, rules, quotas, changes);
        Partners = new PartnerStore(Store.Db, Store.Writer, rules, quotas, changes);
        Contacts = new ContactStore(Store.Db, Store.Writer, changes);
        Targets = AnnualTargets.Load(Catalog.DefaultPath, Store.Db);
        Progress = new TargetProgress(Store.Db, Opportunities, Contracts, Targets);
    }

    public AnnualTargets Targets { get; }
    public TargetProgress Progress { get; }

    public TestStore Store { get; } = TestStore.CreateSeeded();
    public CustomerDirectory Directory { get; }
    public CustomerResolver Resolver { get; }
    public CustomerStore Customers { get; }
    public VisitStore Visits { get; }
    public OpportunityStore Opportunities { get; }
    public ContractStore Contracts { get; }
    public TicketStore Tickets { get; }
    public PartnerStore Partners { get; }
    public ContactStore Contacts { get; }

    // The report's CRM figures as the app reads them.
    public CrmFigureSource Figures(NorthPool.Reports.ReportOptions? options = null) =>
        new(Store.Db, Customers, Visits, Opportunities, Tickets, Partners, Contracts, Progress, Microsoft.Extensions.Options.Options.Create(options ?? new NorthPool.Reports.ReportOptions()));

    public async Task<Customer> AddAsync(string name, Industry industry, CustomerLevel level = CustomerLevel.Province, bool isKey = false, params string[] aliases)
    {
        var created = await Customers.CreateAsync(new Customer
        {
            Name = name, Industry = industry, Level = level, IsKey = isKey, Aliases = [.. aliases],
            CreatedAt = Store.Time.GetUtcNow(), UpdatedAt = Store.Time.GetUtcNow(),
        }, People.Zhang, activityId: null, default);
        return Assert.IsType<CustomerCreation.Created>(created).Customer;
    }

    public Task<VisitRecorded> VisitAsync(Customer customer, Member by, string summary, string? activityId = null, DateTimeOffset? at = null) =>
        Visits.RecordAsync(new Visit { ById = by.Id, ByName = by.Name, At = at ?? Store.Time.GetUtcNow(), Summary = summary, ActivityId = activityId }, customer, by, default);

    public void Dispose() => Store.Dispose();
}
