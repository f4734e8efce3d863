using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

public sealed class TargetStore(NorthPoolDb db, StoreWriter writer, CrmChangeLog changes)
{
    // Month null: the year's target.
    public Task SetAsync(string metric, int year, int? month, decimal value, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync(() =>
        {
            var key = month is { } m ? TargetSetting.Key(metric, year, m) : TargetSetting.Key(metric, year);
            db.TargetSettings.Upsert(new TargetSetting { Id = key, Value = value, ById = actor.Id, At = at });
            changes.Add("target", 0, "set", actor, at, activityId, $"{key} {value}");
            return true;
        }, cancellationToken);
}
