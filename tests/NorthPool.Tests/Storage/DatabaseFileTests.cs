using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NorthPool.Storage;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Storage;

// Issue 9, faults 1 and 2: a second NorthPool on the same file, and a damaged or foreign file, are refused with one
// line naming the file, and the file is not written to.
[Trait("Store", "LiteDbFile")]
public sealed class DatabaseFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "northpool-tests", Guid.NewGuid().ToString("N"));

    public DatabaseFileTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static NorthPoolDb Open(string path) =>
        new(Options.Create(new StorageOptions { DatabasePath = path }), TestVerbs.Collections);

    private string Fixture(string name, Func<byte[], byte[]> damage)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, damage(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "northpool-v0.db"))));
        return path;
    }

    [Fact]
    public void ASecondOpenerOfTheSameFileIsRefusedWhileTheFirstHoldsIt()
    {
        var path = Path.Combine(_folder, "northpool.db");
        using var first = Open(path);

        var refused = Assert.Throws<DatabaseUnavailableException>(() => Open(path));

        Assert.Equal($"Storage:DatabasePath {path} is in use by another NorthPool process (it holds {path}.lock); stop that one or choose another file.", refused.Message);
        first.Dispose();
        using var afterwards = Open(path);
        Assert.Equal(path, afterwards.FilePath);
    }

    public static TheoryData<string, int, string> Damages => new()
    {
        { "truncated mid-page", 200_000, "is not a whole LiteDB file (200000 bytes, not a whole number of 8 KB pages)" },
        { "truncated to half", 196_608, "is cut short: its header names 48 pages, the file holds 24" },
        { "foreign", -1, "is not a LiteDB database (its first page has no LiteDB header)" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void ADamagedOrForeignFileIsRefusedByNameAndLeftUntouched(string name, int keep, string problem)
    {
        var path = Fixture(name.Replace(' ', '-') + ".db", bytes => keep > 0 ? bytes[..keep] : [.. new byte[8192 * 2].Select((_, i) => (byte)(i % 251))]);
        var before = SHA256.HashData(File.ReadAllBytes(path));

        var refused = Assert.Throws<DatabaseUnavailableException>(() => Open(path));

        Assert.StartsWith($"Storage:DatabasePath {path} {problem}", refused.Message);
        Assert.EndsWith("NorthPool has not changed it.", refused.Message);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.False(File.Exists(Path.ChangeExtension(path, null) + "-log.db"));
    }
}
