using System.Net;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using NorthPool.IntegrationTests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// 导出: an .xlsx behind a signed, short-lived link on the bot's own host, read back as Excel would.
public sealed partial class ExportTests : BotTest
{
    private async Task<string> SayAsync(string text, string userId = "29:user-zhang", string name = "张伟")
    {
        var activity = Personal(Connector.ServiceUrl, text, userId: userId, name: name);
        var response = await Bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Connector.ReplyToAsync((string)activity["id"]!);
    }

    [Fact]
    public async Task AnAdminExportsTheContractsWithAmountsAsNumbersAndDatesAsDatesAndAMemberIsToldWhoMay()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("合同 广东移动 50万 11-20 NRT-Chat 1年");

        Assert.StartsWith("只有", await SayAsync("导出 合同"));
        var reply = await SayAsync("导出 合同", "29:user-admin", "王董事长");

        var link = Link().Match(reply);
        Assert.True(link.Success, reply);
        Assert.StartsWith("📎 合同_20261124.xlsx（1 行）：[下载](", reply);
        var response = await Bot.Http.GetAsync(link.Groups["url"].Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = (IDictionary<string, object>)Assert.Single(stream.Query(useHeaderRow: true));
        Assert.Equal("#C1", row["合同号"]);
        Assert.Equal(500000d, Convert.ToDouble(row["金额（元）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2026, 11, 20), Assert.IsType<DateTime>(row["签约日期"]));
        Assert.Equal("NRT-Chat", row["产品线"]);
    }

    [Fact]
    public async Task ALinkWithAnotherSignatureOrExpiryIsRefusedAndAnUnknownSheetSaysWhatThereIs()
    {
        var reply = await SayAsync("导出 客户", "29:user-admin", "王董事长");
        var url = Link().Match(reply).Groups["url"].Value;

        var forged = await Bot.Http.GetAsync(Regex.Replace(url, "sig=[0-9a-f]{4}", "sig=0000"));
        var stretched = await Bot.Http.GetAsync(Regex.Replace(url, "expires=(\\d+)", m => $"expires={long.Parse(m.Groups[1].Value) + 3600}"));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stretched.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bot.Http.GetAsync(url)).StatusCode);
        Assert.StartsWith("📎 客户_20261124.xlsx（0 行）", reply);
        Assert.Equal("用法：导出 汇报|客户|合同 — 生成 Excel 文件（管理员、池负责人和董事长）", await SayAsync("导出 发票", "29:user-admin", "王董事长"));
    }

    [GeneratedRegex(@"\((?<url>http://127\.0\.0\.1:\d+/exports/[0-9a-f]+\?expires=\d+&sig=[0-9a-f]+)\)")]
    private static partial Regex Link();
}
