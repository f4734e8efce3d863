using System.Diagnostics;
using LiteDB;
using NorthPool.Storage;

namespace NorthPool.AgedStore;

// Inserts rows through the app's single writer, one transaction per batch, printing progress as it goes.
public sealed class BatchInsert(StoreWriter writer, int batchSize = 10_000)
{
    public async Task RunAsync<T>(string what, ILiteCollection<T> collection, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        for (var done = 0; done < rows.Count;)
        {
            var batch = rows.Skip(done).Take(batchSize).ToList();
            await writer.WriteAsync(() => collection.InsertBulk(batch, batchSize), cancellationToken);
            done += batch.Count;
            // One line rewritten in a terminal, a line per batch in a log.
            var line = $"  {what}: {done:N0}/{rows.Count:N0} ({watch.Elapsed.TotalSeconds:F1} s)";
            if (Console.IsOutputRedirected)
                Console.WriteLine(line);
            else
                Console.Write($"\r{line}");
        }
        if (!Console.IsOutputRedirected)
            Console.WriteLine();
    }
}
