using System.Globalization;
using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// Finds the task a member means. A template id (BD-001) means its open instance; a title or an unambiguous part of
// one means that template; an instance id (BD-001-2026W48, BD-004#2) or its short form (BD-001-W48) means that
// instance. Reads are point reads and index ranges: never the whole history.
public sealed class TaskResolver(TaskStore store, Catalog catalog)
{
    private const int MaxCandidates = 5;
    public TaskResolution Resolve(string reference)
    {
        if (catalog.Template(reference) is { } template)
            return OfTemplate(template, reference);

        if (store.Find(reference) is { } instance)
            return new TaskResolution.Found(instance);

        if (ShortForm(reference) is { } shortForm)
            return shortForm;

        if (TaskReference.LooksLikeId(reference))
            return new TaskResolution.NotFound(reference, NearestIds(reference));

        return ByTitle(reference);
    }

    private TaskResolution OfTemplate(TaskTemplate template, string reference)
    {
        var open = store.OpenOf(template.Id);
        if (open.Count == 1)
            return new TaskResolution.Found(open[0]);
        if (open.Count > 1)
            return new TaskResolution.Ambiguous(reference, open);
        return store.InstancesOf(template.Id).FirstOrDefault() is { } latest
            ? new TaskResolution.Found(latest)
            : new TaskResolution.NotStarted(template);
    }

    // "BD-001-W48" or "OP-001-1128": the newest instance of BD-001 whose period key ends that way.
    private TaskResolution? ShortForm(string reference)
    {
        var dash = reference.Length > 7 ? reference.IndexOf('-', 3) : -1;
        if (dash < 0 || catalog.Template(reference[..dash]) is not { } template)
            return null;
        var suffix = reference[(dash + 1)..];
        var match = store.InstancesOf(reference[..dash])
            .FirstOrDefault(t => t.PeriodKey?.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) == true);
        return match is null ? new TaskResolution.NotFound(reference, [Label(template)]) : new TaskResolution.Found(match);
    }

    private TaskResolution ByTitle(string reference)
    {
        var templates = catalog.Templates;
        var exact = templates.Where(t => t.Name.Equals(reference, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = exact.Count > 0 ? exact : templates.Where(t => t.Name.Contains(reference, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 1)
            return OfTemplate(matches[0], matches[0].Id);
        if (matches.Count > 1)
        {
            var candidates = matches.Select(t => store.OpenOf(t.Id).FirstOrDefault() ?? store.InstancesOf(t.Id).FirstOrDefault()).OfType<TaskInstance>().Take(MaxCandidates).ToList();
            return new TaskResolution.Ambiguous(reference, candidates);
        }
        var nearest = templates
            .Select(t => (Template: t, Distance: DidYouMean.Distance(reference.ToUpperInvariant(), t.Name.ToUpperInvariant())))
            .Where(x => x.Distance <= Math.Max(1, reference.Length / 2))
            .OrderBy(x => x.Distance).ThenBy(x => x.Template.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => Label(x.Template))
            .ToList();
        return new TaskResolution.NotFound(reference, nearest);
    }

    // "BD-015" → BD-014, BD-013, BD-012: same pool, nearest number.
    private List<string> NearestIds(string reference)
    {
        var pool = reference[..2];
        var number = Number(reference);
        return catalog.Templates
            .Where(t => t.Pool == pool)
            .OrderBy(t => Math.Abs(Number(t.Id) - number))
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(Label)
            .ToList();
    }

    private static int Number(string id) => int.Parse(id.AsSpan(3, 3), CultureInfo.InvariantCulture);

    private static string Label(TaskTemplate template) => $"[{template.Id}] {template.Name}";
}
