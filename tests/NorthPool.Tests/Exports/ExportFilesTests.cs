using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NorthPool.Exports;

namespace NorthPool.Tests.Exports;

public class ExportFilesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public void AFileIsServedUntilItsLinkExpiresAndThenForgotten()
    {
        var time = new FakeTimeProvider(Start);
        var files = new ExportFiles(Options.Create(new ExportOptions { LinkMinutes = 15 }), time);
        var file = files.Add("合同.xlsx", [1, 2, 3]);

        time.Advance(TimeSpan.FromMinutes(14));
        Assert.Same(file, files.Find(file.Id));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(files.Find(file.Id));
    }

    [Fact]
    public void NoMoreThanMaxFilesAreKeptAndTheOldestGoFirst()
    {
        var time = new FakeTimeProvider(Start);
        var files = new ExportFiles(Options.Create(new ExportOptions()), time);
        var made = new List<ExportFile>();
        for (var i = 0; i <= ExportFiles.MaxFiles; i++)
        {
            made.Add(files.Add($"{i}.xlsx", [(byte)i]));
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Null(files.Find(made[0].Id));
        Assert.All(made.Skip(1), f => Assert.NotNull(files.Find(f.Id)));
    }

    [Fact]
    public void OnlyTheLinkTheBotSignedPasses()
    {
        var links = new ExportLinks();
        var file = new ExportFile("abc123", "x.xlsx", [], Start);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://h" + links.PathFor(file)).Query);
        var expires = long.Parse(query["expires"]!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(links.IsSigned("abc123", expires, query["sig"]));
        Assert.False(links.IsSigned("abc124", expires, query["sig"]));
        Assert.False(links.IsSigned("abc123", expires + 1, query["sig"]));
        Assert.False(links.IsSigned("abc123", expires, null));
        Assert.False(new ExportLinks().IsSigned("abc123", expires, query["sig"]));
    }
}
