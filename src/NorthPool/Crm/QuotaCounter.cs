using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Crm;

// Counts a CRM record toward the member's own open instance of a template (a visit toward BD-001, a new deal toward
// BD-030, a resolved ticket into CS-001's history), inside the record's unit of work, so the record, the tally and their audit rows commit together.
public sealed class QuotaCounter(NorthPoolDb db, TaskStore tasks, Catalog catalog)
{
    public void CountToward(string templateId, Member actor, DateTimeOffset at, string reason, string source, string? activityId, QuotaEffects tally)
    {
        var title = catalog.Template(templateId)?.Name ?? templateId;
        var open = db.Tasks.Query().Where("$.OpenTemplateId = @0", templateId).ToList();
        // An instance without a quota (CS-001 每日) gets the record in its history instead of a count.
        var mine = open.Where(t => t.OwnerId == actor.Id).OrderBy(t => t.Quota is null).FirstOrDefault();
        if (mine is null)
        {
            tally.Missed.Add(new QuotaMiss(templateId, title, open.FirstOrDefault(t => t.OwnerName is not null)?.OwnerName));
            return;
        }
        var result = tasks.ApplyWithin(new TaskMove(mine.Id, TaskTrigger.Log, actor, at, Reason: reason, ActivityId: activityId) { Source = source, RecordsOnly = true });
        tally.Moves.Add(result);
        if (result is TransitionResult.Applied { Task: var task })
            tally.Counted.Add(new QuotaCount(task.Id, task.Title, task.Quota?.Done ?? 0, task.Quota?.Target ?? 0, task.Quota?.Unit));
        else
            tally.Missed.Add(new QuotaMiss(templateId, title, mine.OwnerName));
    }

    // After the commit: the counted instances' cards and lists hear of it like any task change.
    public void Publish(QuotaEffects tally, string? activityId)
    {
        foreach (var move in tally.Moves)
            tasks.Publish(move, activityId);
    }
}
