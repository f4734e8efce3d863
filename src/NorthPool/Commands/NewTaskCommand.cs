using System.Globalization;
using System.Text.RegularExpressions;
using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// 新建 BD 拜访广东移动 P1 截止 12-05 — an ad-hoc task in a pool (BD-1001, BD-1002, …: four digits, so never a catalog
// id); 新建 CS-002 华为项目交付 — another instance of a template (CS-002#3), for on-demand, per-project and per-customer
// work, or extra work beside a period's instance. Priority and due date are optional, in any order after the title.
public sealed partial class NewTaskCommand(
    NorthPoolDb db,
    TaskStore tasks,
    StoreWriter writer,
    Catalog catalog,
    PoolNames pools,
    PeriodCalendar calendar,
    TaskCardBuilder cards,
    TaskChangeFeed changes,
    TimeProvider timeProvider)
{
    public const int FirstAdHocNumber = 1001;

    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = call.Args.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return new Reply(Texts.Get(language, TextId.NewUsage));
        var (reference, _) = TaskReference.Split(words[0]);
        var template = catalog.Template(reference);
        var pool = template?.Pool ?? pools.Match(words[0]);
        if (pool is null)
            return new Reply(Texts.Get(language, TextId.PoolOrTemplateUnknown, call.Text.Original(words[0]), string.Join(", ", pools.Codes)));

        var rest = words.Length > 1 ? words[1] : "";
        var now = timeProvider.GetUtcNow();
        Priority? priority = null;
        DateOnly? due = null;
        if (Options().Match(rest) is { Success: true } options)
        {
            rest = rest[..options.Index].Trim();
            if (options.Groups["p"].Success)
                priority = Enum.Parse<Priority>(options.Groups["p"].Value.ToUpperInvariant());
            if (options.Groups["date"].Success)
            {
                var today = calendar.Today(now);
                var typed = options.Groups["date"].Value.Trim();
                if (DateText.Parse(typed, today) is not { } date)
                    return new Reply(Texts.Get(language, TextId.DateUnreadable, typed));
                if (date < today)
                    return new Reply(Texts.Get(language, TextId.DateInPast, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                due = date;
            }
        }
        var title = call.Text.Original(rest).Trim().Trim('"', '“', '”', '「', '」');
        if (title.Length == 0 && template is null)
            return new Reply(Texts.Get(language, TextId.NewUsage));

        var task = await writer.WriteAsync(() => Create(template, pool, title, priority, due, context, now), cancellationToken);
        changes.Publish(new TaskChanged(task.Id, task.Version, context.ActivityId));
        var details = string.Join(language == Language.ZhCn ? "，" : ", ", new[]
        {
            task.Priority.ToString(),
            task.DueAt is { } d ? Texts.Get(language, TextId.FactDue) + " " + calendar.Today(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        }.OfType<string>());
        var text = Texts.Get(language, TextId.Created, TaskLabel.Of(task), language == Language.ZhCn ? $"（{details}）" : $" ({details})", task.Id);
        return new Reply(text)
        {
            Card = cards.Build(task, language, context.Viewer, new CardNotice(text, IsError: false)),
            ShownTaskId = task.Id,
        };
    }

    private TaskInstance Create(TaskTemplate? template, string pool, string title, Priority? priority, DateOnly? due, CommandContext context, DateTimeOffset now)
    {
        TaskInstance task;
        if (template is not null)
        {
            var recurrence = db.Recurrences.FindById(template.Id) ?? new Recurrence { TemplateId = template.Id };
            task = InstanceFactory.Numbered(template, recurrence.NextNumber, now);
            db.Recurrences.Upsert(recurrence with { NextNumber = recurrence.NextNumber + 1 });
            if (title.Length > 0)
                task = task with { Title = $"{template.Name}：{title}" };
        }
        else
        {
            var key = "next-adhoc-" + pool;
            var number = int.TryParse(db.Settings.FindById(key)?.Value, out var n) ? n : FirstAdHocNumber;
            db.Settings.Upsert(new Setting { Id = key, Value = (number + 1).ToString(CultureInfo.InvariantCulture) });
            var id = $"{pool}-{number.ToString(CultureInfo.InvariantCulture)}";
            task = new TaskInstance { Id = id, TemplateId = id, Slot = id, Pool = pool, Title = title, CreatedAt = now, UpdatedAt = now, StateSince = now };
        }
        task = task with
        {
            Priority = priority ?? task.Priority,
            DueAt = due is { } d ? calendar.EndOfDay(d) : task.DueAt,
            CreatedBy = context.Member.Id,
        };
        tasks.Insert(task);
        db.Audit.Insert(new AuditEntry
        {
            TaskId = task.Id, At = now, ActorId = context.Member.Id, ActorName = context.Member.Name,
            Trigger = TaskTrigger.Create, From = TaskState.Pooled, To = TaskState.Pooled, ActivityId = context.ActivityId,
        });
        return task;
    }

    // "… P1 截止 12-05", "… due 2026-12-05 P0": the options at the end of the title.
    [GeneratedRegex("(?:\\s|^)(?:(?<p>[Pp][0-3])(?:\\s+|$)|(?:截止|due)\\s*(?<date>(?:next\\s+)?\\S+)\\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Options();
}
