using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NorthPool.Imports;
using NorthPool.Localization;
using NorthPool.Members;

namespace NorthPool.Tests.Imports;

public sealed class PendingImportsTests
{
    private static readonly ImportPreview Preview = new(1, 1, [], [], new object());

    private sealed class Sheet : IImportSheet
    {
        public IReadOnlyList<string> Words { get; } = ["客户"];
        public IReadOnlyList<string[]> RequiredHeaders { get; } = [];
        public ImportPreview Check(ImportTable table, Member member, Language language) => Preview;
        public Task<ImportOutcome> CommitAsync(ImportPreview preview, Member member, string? activityId, CancellationToken cancellationToken) => Task.FromResult(new ImportOutcome(1, []));
    }

    [Fact]
    public void ADryRunIsConfirmedOnceByTheMemberWhoRanItAndLapses()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero));
        var pending = new PendingImports(Options.Create(new ImportOptions { PendingMinutes = 30 }), time);
        var mine = pending.Add(new Sheet(), "客户.xlsx", "29:user-admin", Preview);
        var later = pending.Add(new Sheet(), "客户.xlsx", "29:user-admin", Preview);

        Assert.Null(pending.Take(mine.Id, "29:user-li"));
        Assert.Same(Preview, pending.Take(mine.Id, "29:user-admin")!.Preview);
        Assert.Null(pending.Take(mine.Id, "29:user-admin"));

        time.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(pending.Take(later.Id, "29:user-admin"));
    }
}
