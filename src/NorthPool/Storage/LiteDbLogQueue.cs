using System.Reflection;
using LiteDB;

namespace NorthPool.Storage;

// LiteDB 5.0.20 hands a commit's log pages to a thread of its own (DiskWriterQueue) and Commit returns before they are
// written; nothing public waits for them. This finds that queue once, when the file is opened, so the writer can wait
// for it after each commit and the sync that follows covers the commit's pages. NorthPool stays on 5.0.20: 5.0.21
// writes the pages inside Commit but let a concurrent reader miss a committed document (a flaky integration test,
// 2 runs in 12, none on 5.0.20). If LiteDB changes these internals, opening the file stops with one line.
internal static class LiteDbLogQueue
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static Action WaitFor(LiteDatabase database)
    {
        var engine = typeof(LiteDatabase).GetField("_engine", Instance)?.GetValue(database);
        var disk = engine?.GetType().GetField("_disk", Instance)?.GetValue(engine);
        var lazy = disk?.GetType().GetProperty("Queue", Instance)?.GetValue(disk);
        var created = lazy?.GetType().GetProperty("IsValueCreated");
        var value = lazy?.GetType().GetProperty("Value");
        var wait = value?.PropertyType.GetMethod("Wait", Instance, Type.EmptyTypes);
        if (lazy is null || created is null || value is null || wait is null)
            throw new InvalidOperationException($"LiteDB {typeof(LiteDatabase).Assembly.GetName().Version} has no log write queue where 5.0.20 has it; NorthPool cannot make commits durable with it. Use LiteDB 5.0.20.");
        return () =>
        {
            // Nothing was ever queued before the queue exists.
            if ((bool)created.GetValue(lazy)!)
                wait.Invoke(value.GetValue(lazy), null);
        };
    }
}
