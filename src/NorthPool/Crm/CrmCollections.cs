using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Crm;

public static class CrmCollections
{
    // A customer's visits, newest first.
    public const string VisitsByCustomer = "customerNewestFirst";

    // A customer's opportunities, newest first.
    public const string OpportunitiesByCustomer = "customerNewestFirst";

    // A customer's contracts, newest first.
    public const string ContractsByCustomer = "customerNewestFirst";

    public static readonly IReadOnlyList<StoreCollection> All =
    [
        StoreCollection.Of<Customer>("customers", e => e.Id(c => c.Id, autoId: true), c =>
        {
            c.EnsureIndex("keys", "$.Keys[*]");
            c.EnsureIndex(x => x.IsKey);
            c.EnsureIndex(x => x.Industry);
            c.EnsureIndex(x => x.Status);
            c.EnsureIndex(x => x.CreatedAt);
        }) with { Watched = true },
        StoreCollection.Of<Visit>("visits", e => e.Id(v => v.Id, autoId: true), c =>
        {
            NewestFirst.EnsureIndex(c, VisitsByCustomer, nameof(Visit.CustomerLabel));
            c.EnsureIndex(v => v.At);
        }),
        StoreCollection.Of<Opportunity>("opportunities", e => e.Id(o => o.Id, autoId: true), c =>
        {
            NewestFirst.EnsureIndex(c, OpportunitiesByCustomer, nameof(Opportunity.CustomerLabel));
            c.EnsureIndex(o => o.IsOpen);
            c.EnsureIndex(o => o.CreatedAt);
            c.EnsureIndex(o => o.PartnerId);
            c.EnsureIndex(o => o.RenewsContractId);
        }),
        StoreCollection.Of<Contract>("contracts", e => e.Id(o => o.Id, autoId: true), c =>
        {
            NewestFirst.EnsureIndex(c, ContractsByCustomer, nameof(Contract.CustomerLabel));
            c.EnsureIndex(o => o.SignedOn);
            c.EnsureIndex(o => o.EndsOn);
            c.EnsureIndex(o => o.RenewsContractId);
        }),
        StoreCollection.Of<Receipt>("receipts", e => e.Id(o => o.Id, autoId: true), c =>
        {
            c.EnsureIndex(o => o.ReceivedOn);
        }),
        StoreCollection.Of<Contact>("contacts", e => e.Id(c => c.Id, autoId: true), c => c.EnsureIndex(x => x.CustomerId)),
        StoreCollection.Of<Receivable>("receivables", e => e.Id(r => r.Id, autoId: true), c =>
        {
            c.EnsureIndex(r => r.ContractId);
            c.EnsureIndex(r => r.OpenDueOn);
        }),
        StoreCollection.Of<Ticket>("tickets", e => e.Id(t => t.Id, autoId: true), c =>
        {
            c.EnsureIndex(t => t.IsOpen);
            c.EnsureIndex(t => t.OpenCustomerLabel);
            c.EnsureIndex(t => t.ResolvedAt);
        }),
        StoreCollection.Of<Partner>("partners", e => e.Id(p => p.Id, autoId: true), c =>
        {
            c.EnsureIndex(p => p.Key);
            c.EnsureIndex(p => p.CreatedAt);
            c.EnsureIndex(p => p.LastContactAt);
        }),
        StoreCollection.Of<TargetSetting>("targetSettings", e => e.Id(t => t.Id, autoId: false)),
        StoreCollection.Of<CrmChange>("crmChanges", e => e.Id(a => a.Id, autoId: true), c =>
        {
            c.EnsureIndex(a => a.ActivityId);
            c.EnsureIndex(a => a.At);
        }) with { Watched = true },
    ];

    extension(NorthPoolDb db)
    {
        public ILiteCollection<Customer> Customers => db.Database.GetCollection<Customer>("customers");
        public ILiteCollection<Visit> Visits => db.Database.GetCollection<Visit>("visits");
        public ILiteCollection<Opportunity> Opportunities => db.Database.GetCollection<Opportunity>("opportunities");
        public ILiteCollection<Contract> Contracts => db.Database.GetCollection<Contract>("contracts");
        public ILiteCollection<Receipt> Receipts => db.Database.GetCollection<Receipt>("receipts");
        public ILiteCollection<Contact> Contacts => db.Database.GetCollection<Contact>("contacts");
        public ILiteCollection<Receivable> Receivables => db.Database.GetCollection<Receivable>("receivables");
        public ILiteCollection<Ticket> Tickets => db.Database.GetCollection<Ticket>("tickets");
        public ILiteCollection<Partner> Partners => db.Database.GetCollection<Partner>("partners");
        public ILiteCollection<TargetSetting> TargetSettings => db.Database.GetCollection<TargetSetting>("targetSettings");
        public ILiteCollection<CrmChange> CrmChanges => db.Database.GetCollection<CrmChange>("crmChanges");
    }
}
