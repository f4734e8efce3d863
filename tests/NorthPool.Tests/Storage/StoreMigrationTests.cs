using LiteDB;
using Microsoft.Extensions.Options;
using NorthPool.Storage;
using NorthPool.Storage.PostgreSql;
using NorthPool.Tasks;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Storage;

[Trait("Store", "PostgreSql")]
public sealed class StoreMigrationTests
{
    [Fact]
    public async Task EveryRowOfTheFileWithItsHistoryIsCopiedCountedAndNewIdsContinueAfterIt()
    {
        var path = NewPath();
        Dictionary<string, List<BsonDocument>> rows;
        using (var source = TestStore.CreateSeeded(path, file: true))
        {
            foreach (var template in (string[])["BD-001", "BD-002", "CS-001"])
            {
                var id = source.Current(template);
                await source.Tasks.ApplyAsync(new TaskMove(id, TaskTrigger.Claim, People.Zhang, TestStore.Start, ActivityId: "claim-" + template), default);
                await source.Tasks.ApplyAsync(new TaskMove(id, TaskTrigger.Progress, People.Zhang, TestStore.Start, Progress: 40, Reason: "进行中"), default);
            }
            rows = source.Db.CollectionNames.ToDictionary(n => n, n => source.Db.Database.GetCollection(n).FindAll().ToList());
        }
        var to = TestDatabases.ConnectionString(NewPath());
        var output = new StringWriter();

        var exit = StoreMigration.Run(path, to, TestVerbs.Collections.ToList(), output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("tasks: ", output.ToString());
        Assert.Contains("every collection has as many rows", output.ToString());
        using var copied = new NorthPoolDb(Options.Create(new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = to }), TestVerbs.Collections);
        foreach (var (name, expected) in rows)
        {
            var actual = copied.Database.GetCollection(name).FindAll().ToDictionary(d => d["_id"]);
            Assert.Equal(expected.Count, actual.Count);
            foreach (var doc in expected)
                Assert.Equal(Sorted(doc), Sorted(actual[doc["_id"]]));
        }
        var highest = rows["audit"].Max(d => d["_id"].AsInt64);
        using var writer = new StoreWriter(copied, Options.Create(new StorageOptions()));
        var next = await writer.WriteAsync(() => copied.Audit.Insert(new AuditEntry { TaskId = "BD-001-2026W48", ActorId = "29:user-zhang", Trigger = TaskTrigger.Log }), default);
        Assert.Equal(highest + 1, next.AsInt64);
    }

    [Fact]
    public void ADatabaseThatIsNotEmptyOrAFileThatIsNotThereIsRefusedWithOneLineAndNothingIsCopied()
    {
        var path = NewPath();
        using (TestStore.CreateSeeded(path, file: true))
        {
        }
        var to = TestDatabases.ConnectionString(NewPath());
        Assert.Equal(0, StoreMigration.Run(path, to, TestVerbs.Collections.ToList(), new StringWriter(), new StringWriter()));

        var error = new StringWriter();
        var again = StoreMigration.Run(path, to, TestVerbs.Collections.ToList(), new StringWriter(), error);

        Assert.Equal(1, again);
        Assert.Contains("is not empty", error.ToString());
        Assert.Contains("migrate into a new, empty database", error.ToString());
        var missing = new StringWriter();
        Assert.Equal(1, StoreMigration.Run(path + ".gone", TestDatabases.ConnectionString(NewPath()), TestVerbs.Collections.ToList(), new StringWriter(), missing));
        Assert.StartsWith("migrate-store: ", missing.ToString());
        Assert.Contains("does not exist", missing.ToString());
    }

    // PostgreSQL keeps a document's fields in its own order; the values are what must match.
    private static BsonValue Sorted(BsonValue value) => value switch
    {
        { IsDocument: true } => new BsonDocument(value.AsDocument.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => Sorted(f.Value))),
        { IsArray: true } => new BsonArray(value.AsArray.Select(Sorted)),
        _ => value,
    };

    private static string NewPath() => Path.Combine(Path.GetTempPath(), "northpool-tests", Guid.NewGuid().ToString("N"), "northpool.db");
}
