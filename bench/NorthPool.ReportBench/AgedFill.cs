using NorthPool.Crm;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

// A store as a busy team leaves it after a year: task instances (~600 open, the rest done or cancelled), their history
// and CRM rows (CrmRows), written in three bulk units. Shared by the report and backup benchmarks.
public static class AgedFill
{
    public static async Task FillAsync(NorthPoolDb db, StoreWriter writer, Catalog catalog, DateTimeOffset now, int taskCount, int historyCount, int crmRows, Random random)
    {
        var tasks = Enumerable.Range(0, taskCount).Select(i =>
        {
            var template = catalog.Templates[i % catalog.Templates.Count];
            var created = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
            var roll = random.NextDouble();
            var state = roll < 0.03 ? TaskState.Pooled : roll < 0.05 ? TaskState.InProgress : roll < 0.06 ? TaskState.Paused : roll < 0.97 ? TaskState.Done : TaskState.Cancelled;
            return new TaskInstance
            {
                Id = $"{template.Id}-{i:D5}", TemplateId = template.Id, Pool = template.Pool, Title = template.Name, State = state,
                Priority = (Priority)random.Next(0, 4), OwnerId = state == TaskState.Pooled ? null : $"29:user-{i % 40}", OwnerName = $"成员{i % 40}",
                Progress = random.Next(0, 101), ProgressNote = "本周拜访8家，完成6家", DueAt = random.NextDouble() < 0.3 ? now.AddDays(random.Next(-5, 20)) : null,
                CreatedAt = created, UpdatedAt = created.AddHours(random.Next(1, 200)), StateSince = created.AddHours(random.Next(1, 200)),
            };
        }).ToList();
        await writer.WriteAsync(() => db.Tasks.InsertBulk(tasks), default);
        var history = Enumerable.Range(0, historyCount).Select(i =>
        {
            var task = tasks[random.Next(tasks.Count)];
            var at = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
            var to = random.NextDouble() < 0.2 ? TaskState.Done : TaskState.InProgress;
            return new AuditEntry { TaskId = task.Id, At = at, ActorId = task.OwnerId ?? "29:user-0", ActorName = task.OwnerName, Trigger = to == TaskState.Done ? TaskTrigger.Finish : TaskTrigger.Progress, From = TaskState.InProgress, To = to };
        }).ToList();
        await writer.WriteAsync(() => db.Audit.InsertBulk(history), default);
        await writer.WriteAsync(() => { CrmRows.Fill(db, crmRows, now, random); return true; }, default);
    }
}
