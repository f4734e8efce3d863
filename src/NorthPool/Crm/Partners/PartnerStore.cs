using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

// Partners through the single writer with their crmChanges rows. A new partner counts toward the templates its kind
// names in CrmQuotaRules.NewPartners, in the same unit.
public sealed class PartnerStore(NorthPoolDb db, StoreWriter writer, CrmQuotaRules rules, QuotaCounter quotas, CrmChangeLog changes)
{
    // Partners are tens, not thousands (the plan's target is 50); more than this and a list shows the first ones.
    public const int MaxListed = 500;

    public Partner? Find(long id) => db.Partners.FindById(id);

    public Partner? Named(string name) => db.Partners.Query().Where("$.Key = @0", CustomerNames.Key(name)).FirstOrDefault();

    public IReadOnlyList<Partner> All() => db.Partners.Query().Limit(MaxListed).ToList();

    public IReadOnlyList<Partner> CreatedSince(DateTimeOffset from) => db.Partners.Query().Where("$.CreatedAt >= @0", from.UtcDateTime).ToList();

    public int ContactedSince(DateTimeOffset from) => db.Partners.Count(LiteDB.BsonExpression.Create("$.LastContactAt >= @0", from.UtcDateTime));

    public async Task<PartnerCreation> CreateAsync(Partner partner, Member actor, string? activityId, CancellationToken cancellationToken)
    {
        var tally = new QuotaEffects();
        var created = await writer.WriteAsync<PartnerCreation>(() =>
        {
            tally.Clear();
            if (changes.Earlier(activityId, "partner") is { } earlier && db.Partners.FindById(earlier.RecordId) is { } made)
                return new PartnerCreation.Created(made, [], []);
            if (db.Partners.Query().Where("$.Key = @0", partner.Key).FirstOrDefault() is { } existing)
                return new PartnerCreation.Exists(existing);
            foreach (var template in rules.NewPartners(partner.Kind))
                quotas.CountToward(template, actor, partner.CreatedAt, $"伙伴 {partner.Name}", $"partner:{partner.Name}", activityId, tally);
            var saved = partner with { Id = db.Partners.Insert(partner).AsInt64 };
            changes.Add("partner", saved.Id, "create", actor, partner.CreatedAt, activityId, $"{saved.Name} ({saved.Kind})");
            return new PartnerCreation.Created(saved, [.. tally.Counted], [.. tally.Missed]);
        }, cancellationToken);
        quotas.Publish(tally, activityId);
        return created;
    }

    public Task<Partner?> ContactAsync(long id, string summary, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync(() =>
        {
            if (db.Partners.FindById(id) is not { } partner)
                return null;
            if (changes.Earlier(activityId, "partner") is { RecordId: var done } && done == id)
                return partner;
            var contacted = partner with { LastContactAt = at, LastContact = summary };
            db.Partners.Update(contacted);
            changes.Add("partner", id, "contact", actor, at, activityId, summary);
            return (Partner?)contacted;
        }, cancellationToken);
}
