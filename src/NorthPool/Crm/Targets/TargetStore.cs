using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

public sealed class TargetStore(NorthPoolDb db, StoreWriter writer, CrmChangeLog changes)
{
    public Task SetAsync(string metric, int year, decimal value, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync(() =>
        {
            db.TargetSettings.Upsert(new TargetSetting { Id = TargetSetting.Key(metric, year), Value = value, ById = actor.Id, At = at });
            changes.Add("target", 0, "set", actor, at, activityId, $"{metric} {year} {value}");
            return true;
        }, cancellationToken);
}
