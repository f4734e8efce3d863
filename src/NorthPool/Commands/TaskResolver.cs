using NorthPool.Tasks;

namespace NorthPool.Commands;

// Finds the task a member means: by id (BD-001), by its exact title, or by an unambiguous part of the title.
public sealed class TaskResolver(TaskStore store)
{
    private const int MaxCandidates = 5;

    public TaskResolution Resolve(string reference)
    {
        var byId = store.Find(reference);
        if (byId is not null)
            return new TaskResolution.Found(byId);

        var tasks = store.All();
        if (TaskReference.LooksLikeId(reference))
            return new TaskResolution.NotFound(reference, NearestIds(reference, tasks));

        var exact = tasks.Where(t => t.Title.Equals(reference, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = exact.Count > 0
            ? exact
            : tasks.Where(t => t.Title.Contains(reference, StringComparison.OrdinalIgnoreCase)).ToList();
        var open = matches.Where(t => TaskTransitions.IsOpen(t.State)).ToList();
        var preferred = open.Count > 0 ? open : matches;

        return preferred.Count switch
        {
            1 => new TaskResolution.Found(preferred[0]),
            0 => new TaskResolution.NotFound(reference, Closest(reference, tasks, t => t.Title, maxDistance: Math.Max(1, reference.Length / 2))),
            _ => new TaskResolution.Ambiguous(reference, preferred.OrderBy(t => t.Id, StringComparer.Ordinal).Take(MaxCandidates).ToList()),
        };
    }

    // "BD-015" → BD-014, BD-013, BD-012: same pool, nearest number.
    private static IReadOnlyList<TaskInstance> NearestIds(string reference, IEnumerable<TaskInstance> tasks)
    {
        var pool = reference[..2];
        var number = int.Parse(reference[3..], System.Globalization.CultureInfo.InvariantCulture);
        return tasks
            .Where(t => t.Pool == pool && TaskReference.LooksLikeId(t.Id))
            .OrderBy(t => Math.Abs(int.Parse(t.Id[3..], System.Globalization.CultureInfo.InvariantCulture) - number))
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(3)
            .ToList();
    }

    private static IReadOnlyList<TaskInstance> Closest(string reference, IEnumerable<TaskInstance> tasks, Func<TaskInstance, string> key, int maxDistance) =>
        tasks
            .Select(t => (Task: t, Distance: DidYouMean.Distance(reference.ToUpperInvariant(), key(t).ToUpperInvariant())))
            .Where(x => x.Distance <= maxDistance)
            .OrderBy(x => x.Distance).ThenBy(x => x.Task.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Task)
            .ToList();
}
