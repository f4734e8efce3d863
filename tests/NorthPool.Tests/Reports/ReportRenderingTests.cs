using NorthPool.Cards;
using NorthPool.Localization;
using NorthPool.Reports;
using NorthPool.Tasks;

namespace NorthPool.Tests.Reports;

public class ReportRenderingTests
{
    private static readonly string[] Headings =
        ["一、在途任务总数", "二、任务完成情况", "三、销售业绩追踪", "四、重点任务进展（前10个）", "五、重点客户追踪", "六、产品运营数据", "七、合作伙伴动态", "八、异常预警", "九、次日任务预告"];

    [Fact]
    public async Task ThePlainTextFollowsTheTemplateSectionBySection()
    {
        using var f = new ReportFixture();
        await f.MoveAsync("BD-003-2026Q4", TaskTrigger.Claim, ReportFixture.At.AddHours(-1));
        await f.SetAsync("BD-003-2026Q4", t => t with { DueAt = ReportFixture.At.AddDays(3) });

        var text = f.Layout.Render(f.Builder.Build(ReportFixture.At, null), Language.ZhCn, f.Builder.Zone);

        var positions = Headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("汇报时间: 2026-11-24 10:00", text);
        Assert.Contains("汇报人: 北向负责人 曹丕", text);
        Assert.Contains("━━━━━━━━━━", text);
        Assert.Contains("\n  当前在途任务: 58个\n  · 其中: 待分配 57 · 执行中 1 · 暂停 0\n  · 央企BD任务: 15个\n", text);
        Assert.Contains("  · 任务储备（待认领）: 57个（近7天无完成记录，暂无储备目标）\n", text);
        Assert.Contains("  · [BD-003-2026Q4] 运营商集采参与 - 截止日期临近（3天后）", text);
        Assert.Contains("  ✅ 正常任务: 57个", text);
        Assert.EndsWith("请董事长指示！\n\n=================================================================", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TheCardHasTheNineHeadingsInOrderAndAnInstructionInput()
    {
        using var f = new ReportFixture();

        var json = CardJson.Serialize(f.Card.Build(f.Builder.Build(ReportFixture.At, null), Language.ZhCn, f.Builder.Zone));

        var positions = Headings.Select(h => json.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("\"id\":\"instruction\"", json);
        Assert.Contains("\"verb\":\"instruct\"", json);
        Assert.True(json.IndexOf("请董事长指示！", StringComparison.Ordinal) > positions[^1]);
    }

    [Fact]
    public void TheEnglishReportHasEveryHeadingTranslated()
    {
        using var f = new ReportFixture();

        var text = f.Layout.Render(f.Builder.Build(ReportFixture.At, null), Language.EnUs, f.Builder.Zone);

        Assert.Contains("1. Tasks in flight", text);
        Assert.Contains("9. Tomorrow", text);
        Assert.DoesNotContain("任务池", text);
    }

    [Fact]
    public async Task AnUntouchedWarningSaysHowLongSinceTheLastUpdateAndWhenThatWas()
    {
        using var f = new ReportFixture();
        await f.MoveAsync("BD-003-2026Q4", TaskTrigger.Claim, ReportFixture.At.AddHours(-77));
        await f.MoveAsync("BD-003-2026Q4", TaskTrigger.Progress, ReportFixture.At.AddHours(-50), progress: 30);
        var report = f.Builder.Build(ReportFixture.At, null);

        var zh = f.Layout.Render(report, Language.ZhCn, f.Builder.Zone);
        var en = f.Layout.Render(report, Language.EnUs, f.Builder.Zone);

        Assert.Contains("· [BD-003-2026Q4] 运营商集采参与 - 已 50 小时未更新（最后更新 11-22 08:00，上限 48 小时）", zh);
        Assert.Contains("· [BD-003-2026Q4] 运营商集采参与 - no update for 50 hours (last update 11-22 08:00, limit 48)", en);
        Assert.DoesNotContain("认领后", zh);
        Assert.DoesNotContain("claimed", en);
    }

    [Fact]
    public async Task PoolWarningsAreListedApartAndNotCountedAsWarnedTasks()
    {
        using var f = new ReportFixture(new ReportOptions { Warnings = { MinInFlight = 100 } });
        await f.MoveAsync("BD-003-2026Q4", TaskTrigger.Claim, ReportFixture.At.AddHours(-50));
        await f.SetAsync("BD-003-2026Q4", t => t with { DueAt = ReportFixture.At.AddDays(2) });
        foreach (var id in new[] { "BD-001-2026W48", "BD-002-2026M11", "BD-004#1", "BD-005-2026H2" })
        {
            await f.MoveAsync(id, TaskTrigger.Claim, ReportFixture.At.AddHours(-2));
            await f.MoveAsync(id, TaskTrigger.Cancel, ReportFixture.At.AddHours(-1), reason: "x");
        }

        var text = f.Layout.Render(f.Builder.Build(ReportFixture.At, null), Language.ZhCn, f.Builder.Zone);

        Assert.Contains(
            "  ⚠️ 预警任务: 1个\n" +
            "  · [BD-003-2026Q4] 运营商集采参与 - 截止日期临近（2天后）\n" +
            "  · [BD-003-2026Q4] 运营商集采参与 - 已 50 小时未更新（最后更新 11-22 08:00，上限 48 小时）\n" +
            "  ⚠️ 池级预警: 2项\n" +
            "  · 央企BD任务池在途 11 个，低于最低 12 个\n" +
            "  · 在途任务 54 个，低于 100 个\n" +
            "  ✅ 正常任务: 53个\n",
            text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WithoutPoolWarningsThereIsNoPoolWarningLine()
    {
        using var f = new ReportFixture();

        var text = f.Layout.Render(f.Builder.Build(ReportFixture.At, null), Language.ZhCn, f.Builder.Zone);

        Assert.Contains("  ⚠️ 预警任务: 0个\n  ✅ 正常任务: 58个\n", text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("池级预警", text);
    }

    [Fact]
    public void BothLanguagesUseTheSamePlaceholdersInReports()
    {
        foreach (var id in Enum.GetValues<ReportText>())
            Assert.Equal(Placeholders(ReportTexts.For(Language.ZhCn)[id]), Placeholders(ReportTexts.For(Language.EnUs)[id]));
    }

    private static string[] Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, "\\{\\d+\\}").Select(m => m.Value).Distinct().Order().ToArray();

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryReportTextExistsInEveryLanguage(Language language) =>
        Assert.DoesNotContain(Enum.GetValues<ReportText>(), id => !ReportTexts.For(language).ContainsKey(id));

    public static TheoryData<Language> Languages => new() { Language.ZhCn, Language.EnUs };
}
