using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Crm;

// A contract ending within 60 days gets one CS-010 续约提醒 instance, in its owner's hands, due 30 days before the end
// (or today when that has passed). Runs with each pool refresh; a contract that has one never gets another.
public sealed class RenewalReminders(NorthPoolDb db, TaskStore tasks, PeriodCalendar calendar) : IInstanceSource
{
    public const string TemplateId = "CS-010";
    public const int WithinDays = 60;
    public const int DueDaysBefore = 30;

    public IReadOnlyList<TaskInstance> Open(DateTimeOffset now)
    {
        if (db.Templates.FindById(TemplateId) is not { } template)
            return [];
        var today = calendar.Today(now);
        var ending = db.Contracts.Query()
            .Where("$.EndsOn >= @0 AND $.EndsOn <= @1", NorthPoolDb.Date(today), NorthPoolDb.Date(today.AddDays(WithinDays)))
            .ToList();
        var opened = new List<TaskInstance>();
        foreach (var contract in ending.Where(c => c.RenewalTaskId is null && c.State != ContractState.Terminated).OrderBy(c => c.EndsOn).ThenBy(c => c.Id))
        {
            var recurrence = db.Recurrences.FindById(template.Id) ?? new Recurrence { TemplateId = template.Id };
            db.Recurrences.Upsert(recurrence with { NextNumber = recurrence.NextNumber + 1 });
            var due = contract.EndsOn.AddDays(-DueDaysBefore);
            // The store keeps an empty owner as null (BsonMapper.EmptyStringToNull).
            var owned = !string.IsNullOrEmpty(contract.OwnerId);
            var task = InstanceFactory.Numbered(template, recurrence.NextNumber, now) with
            {
                Title = $"{template.Name}：{contract.Label} {contract.CustomerName} {contract.EndsOn:yyyy-MM-dd} 到期",
                State = owned ? TaskState.InProgress : TaskState.Pooled,
                OwnerId = owned ? contract.OwnerId : null,
                OwnerName = owned ? contract.OwnerName : null,
                DueAt = calendar.EndOfDay(due < today ? today : due),
                CreatedBy = InstanceFactory.PoolActorId,
            };
            tasks.Insert(task);
            db.Audit.Insert(new AuditEntry
            {
                TaskId = task.Id, At = now, ActorId = InstanceFactory.PoolActorId, ActorName = "NorthPool",
                Trigger = TaskTrigger.Create, From = TaskState.Pooled, To = task.State,
                Reason = $"{contract.Label} {contract.CustomerName} {contract.EndsOn:yyyy-MM-dd} 到期",
            });
            db.Contracts.Update(contract with { RenewalTaskId = task.Id });
            opened.Add(task);
        }
        return opened;
    }
}
