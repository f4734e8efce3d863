using NorthPool.Localization;
using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// 历史 BD-001: the template's instances, newest first, with how each ended (or stands), its owner, tally and due
// date, and the periods that got no instance because the bot was down. Read through the template's slot range.
public sealed class HistoryCommand(TaskStore store, TaskResolver resolver, Catalog catalog, DisplayClock clock, TimeProvider timeProvider)
{
    public const int MaxListed = 20;

    public Reply Handle(VerbCall call)
    {
        var language = call.Context.Language;
        var (reference, _) = TaskReference.Split(call.Args);
        if (reference.Length == 0)
            return new Reply(Texts.Get(language, TextId.MissingTaskId, language == Language.ZhCn ? "历史 BD-001" : "history BD-001"));
        var template = catalog.Template(reference);
        var templateId = template?.Id;
        if (templateId is null)
        {
            var resolution = resolver.Resolve(reference);
            if (resolution is not TaskResolution.Found { Task: var found })
                return new Reply(TaskLookupReplies.Explain(resolution, language));
            templateId = found.TemplateId;
            template = catalog.Template(templateId);
        }
        var label = template is null ? templateId : $"[{template.Id}] {template.Name}";
        var instances = store.InstancesOf(templateId).Take(MaxListed).ToList();
        if (instances.Count == 0)
            instances = store.Find(templateId) is { } single ? [single] : [];
        if (instances.Count == 0)
            return new Reply(Texts.Get(language, TextId.HistoryNone, label));

        var now = timeProvider.GetUtcNow();
        var lines = new List<string> { Texts.Get(language, TextId.HistoryTitle, label, instances.Count) };
        foreach (var task in instances)
        {
            var parts = new List<string> { Texts.State(language, task.State) };
            if (task.OwnerName is { } owner)
                parts.Add(owner);
            if (task.Quota is { } quota)
                parts.Add(quota.ToString());
            if (task.DueAt is { } due)
                parts.Add(Texts.Get(language, TextId.FactDue) + " " + clock.Local(due).ToString("MM-dd", language.Culture()));
            if (task.IsOverdue(now))
                parts.Add("⏰ " + Texts.Get(language, TextId.Overdue));
            lines.Add($"- [{task.Id}] {string.Join(" · ", parts)}");
            foreach (var missed in Enumerable.Reverse(task.MissedPeriods ?? []))
                lines.Add("- " + Texts.Get(language, TextId.HistoryMissedLine, missed));
        }
        return new Reply(string.Join("\n", lines));
    }
}
