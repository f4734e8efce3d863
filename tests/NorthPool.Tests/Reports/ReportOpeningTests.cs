using NorthPool.Localization;
using NorthPool.Reports;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Reports;

// The line a report opens with counts the same instructions it lists, by each of their three states.
public sealed class ReportOpeningTests : IDisposable
{
    private static readonly DateTimeOffset PreviousReport = new(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(8));

    private readonly TestStore _store = TestStore.CreateSeeded();
    private readonly Directives _directives;
    private readonly ReportOpening _opening;

    public ReportOpeningTests()
    {
        _directives = new Directives(_store.Db, _store.Writer);
        _opening = new ReportOpening(_directives);
    }

    public void Dispose() => _store.Dispose();

    private async Task<long> GiveAsync(string text, DateTimeOffset at, string owner = "李娜") =>
        (await _directives.AddAsync(new Directive { Text = text, AuthorId = "29:user-chairman", AuthorName = "王董事长", At = at, UpdatedAt = at, OwnerId = "29:user-li", OwnerName = owner }, default)).Id;

    [Fact]
    public async Task TheOpeningCountsDoneInProgressAndPendingOverTheInstructionsItLists()
    {
        await GiveAsync("加快回款", PreviousReport.AddDays(-1));
        var acknowledged = await GiveAsync("BD-003 本周内提交投标文件", PreviousReport.AddDays(-1));
        await _directives.AdvanceAsync(acknowledged, DirectiveState.InProgress, PreviousReport.AddHours(-1), default);
        var fulfilled = await GiveAsync("明早前把能源方案发给我", PreviousReport.AddMinutes(30));
        await _directives.AdvanceAsync(fulfilled, DirectiveState.Done, PreviousReport.AddHours(1), default);
        await GiveAsync("约见国网客户", PreviousReport.AddMinutes(40));
        var settledLongAgo = await GiveAsync("整理投标模板", PreviousReport.AddDays(-2));
        await _directives.AdvanceAsync(settledLongAgo, DirectiveState.Done, PreviousReport.AddDays(-1), default);

        var zh = _opening.For(Language.ZhCn, PreviousReport);
        var en = _opening.For(Language.EnUs, PreviousReport);

        Assert.Equal(
            "上次指示 4 项：1 已落实，1 进行中，2 待落实\n\n" +
            "#1 加快回款（负责人：李娜，待落实）\n\n" +
            "#2 BD-003 本周内提交投标文件（负责人：李娜，进行中）\n\n" +
            "#4 约见国网客户（负责人：李娜，待落实）",
            zh);
        Assert.StartsWith("Last instructions: 4; 1 done, 1 in progress, 2 to do\n\n#1 ", en);
    }

    [Fact]
    public async Task InstructionsStillOpenFromBeforeThePreviousReportAreCountedNotZero()
    {
        await GiveAsync("加快回款", PreviousReport.AddDays(-1));
        await GiveAsync("约见国网客户", PreviousReport.AddDays(-1));

        var opening = _opening.For(Language.ZhCn, PreviousReport);

        Assert.StartsWith("上次指示 2 项：0 已落实，0 进行中，2 待落实\n\n#1 加快回款", opening);
    }

    [Fact]
    public async Task NothingOpenAndNothingSettledSinceThePreviousReportMeansNoOpening()
    {
        var old = await GiveAsync("加快回款", PreviousReport.AddDays(-2));
        await _directives.AdvanceAsync(old, DirectiveState.Done, PreviousReport.AddDays(-1), default);

        Assert.Null(_opening.For(Language.ZhCn, PreviousReport));
    }
}
