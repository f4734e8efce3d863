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
        Assert.Contains("\n  当前在途任务: 58个\n  · 央企BD任务: 15个\n", text);
        Assert.Contains("  · [BD-003] 运营商集采参与 - 截止日期临近（3天后）", text);
        Assert.Contains("  ✅ 正常任务: 61个", text);
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

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryReportTextExistsInEveryLanguage(Language language) =>
        Assert.DoesNotContain(Enum.GetValues<ReportText>(), id => !ReportTexts.For(language).ContainsKey(id));

    public static TheoryData<Language> Languages => new() { Language.ZhCn, Language.EnUs };
}
