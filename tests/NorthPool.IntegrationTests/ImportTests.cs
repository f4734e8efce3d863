using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using NorthPool.Crm;
using NorthPool.IntegrationTests.Support;
using NorthPool.Storage;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// 导入 客户: a file sent as Teams sends it (a file.download.info attachment whose downloadUrl the bot fetches, here
// from a real HTTP server on loopback), a dry run, and the import on confirmation.
public sealed class ImportTests : BotTest
{
    private readonly Dictionary<string, byte[]> _files = [];

    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Imports:AllowedHosts:0"] = "127.0.0.1" };

    private NorthPoolDb Db => Bot.App.Services.GetRequiredService<NorthPoolDb>();

    private string Serve(string name, byte[] bytes)
    {
        _files[name] = bytes;
        Connector.Intercept = http => Task.FromResult<IResult?>(!http.Request.Path.StartsWithSegments("/_connector/files", out var rest) ? null
            : _files.TryGetValue(Uri.UnescapeDataString(rest.Value!.TrimStart('/')), out var file) ? Results.Bytes(file, "application/octet-stream")
            : Results.NotFound());
        return $"{Connector.ServiceUrl.TrimEnd('/')}/files/{Uri.EscapeDataString(name)}";
    }

    private async Task<SentActivity> SendAsync(string text, string fileName, string url, string userId = "29:user-admin", string name = "王董事长")
    {
        var activity = Personal(Connector.ServiceUrl, text, userId, name);
        activity["attachments"] = new object[]
        {
            new { contentType = "application/vnd.microsoft.teams.file.download.info", name = fileName, contentUrl = "https://contoso.sharepoint.com/x", content = new { downloadUrl = url, uniqueId = Guid.NewGuid().ToString(), fileType = Path.GetExtension(fileName).TrimStart('.') } },
        };
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        return await Connector.ReplyActivityAsync((string)activity["id"]!);
    }

    private async Task<string> PressAsync(JsonElement button, string userId = "29:user-admin", string name = "王董事长")
    {
        var conversation = Personal(Connector.ServiceUrl, "", userId, name);
        var response = await Bot.PostAsync(Press(conversation, "1001", button.GetProperty("verb").GetString()!, button.GetProperty("data"), userId, name));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var value = body.GetProperty("value");
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : CardContent.Flatten(value);
    }

    private static byte[] Workbook(params object[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    [Fact]
    public async Task AWorkbookIsPreviewedWithItsDuplicatesAndErrorsAndImportedOnlyOnConfirmation()
    {
        var created = Personal(Connector.ServiceUrl, "客户 新建 中国移动广东公司 通信 省级 别名 广东移动");
        await Bot.PostAsync(created);
        Assert.StartsWith("✅", await Connector.ReplyToAsync((string)created["id"]!));
        var url = Serve("客户.xlsx", Workbook(
            new Dictionary<string, object> { ["名称"] = "广西电网", ["别名"] = "广西电网公司", ["行业"] = "能源", ["级别"] = "省级", ["区域"] = "华南", ["重点客户"] = "是" },
            new Dictionary<string, object> { ["名称"] = "广东移动", ["别名"] = "", ["行业"] = "通信", ["级别"] = "省级", ["区域"] = "", ["重点客户"] = "" },
            new Dictionary<string, object> { ["名称"] = "中石化华南", ["别名"] = "", ["行业"] = "汽车", ["级别"] = "", ["区域"] = "", ["重点客户"] = "" },
            new Dictionary<string, object> { ["名称"] = "广西电网公司", ["别名"] = "", ["行业"] = "Energy", ["级别"] = "Provincial", ["区域"] = "", ["重点客户"] = "" },
            new Dictionary<string, object> { ["名称"] = "海南电信", ["别名"] = "", ["行业"] = "telecom", ["级别"] = "地市", ["区域"] = "", ["重点客户"] = "否" }));

        var preview = await SendAsync("导入 客户", "客户.xlsx", url);

        Assert.Equal("📥 导入预览：客户.xlsx · 共 5 行：新增 2，重复 2，有误 1", preview.Sentence);
        var card = preview.CardText;
        Assert.Contains("第 3 行 广东移动：已有 C1 中国移动广东公司", card);
        Assert.Contains("第 5 行 广西电网公司：与第 2 行重复", card);
        Assert.Contains("第 4 行 中石化华南：行业「汽车」无法识别（可填：通信、能源、石化、其他）", card);
        Assert.Contains("[确认导入 2 行]", card);
        Assert.Single(Db.Customers.FindAll());

        var confirm = preview.Card!.Value.GetProperty("actions")[0];
        Assert.StartsWith("只有", await PressAsync(confirm, "29:user-li", "李娜"));
        Assert.Single(Db.Customers.FindAll());
        Assert.Equal("✅ 已从「客户.xlsx」导入 2 行。", await PressAsync(confirm));
        var imported = Db.Customers.FindAll().OrderBy(c => c.Id).ToList();
        Assert.Equal(["中国移动广东公司", "广西电网", "海南电信"], imported.Select(c => c.Name));
        Assert.Equal((Industry.Energy, true, "华南", "29:user-admin"), (imported[1].Industry, imported[1].IsKey, imported[1].Region, imported[1].OwnerId));
        Assert.Equal(CustomerLevel.City, imported[2].Level);
        Assert.Equal(2, Db.CrmChanges.Query().Where("$.Action = 'import'").Count());
        Assert.StartsWith("这次导入预览已失效", await PressAsync(confirm));
        Assert.StartsWith("C2 广西电网", (await ReplyAsync("客户 广西电网公司")));
    }

    private async Task<string> ReplyAsync(string text)
    {
        var activity = Personal(Connector.ServiceUrl, text, "29:user-admin", "王董事长");
        await Bot.PostAsync(activity);
        return await Connector.ReplyToAsync((string)activity["id"]!);
    }

    [Fact]
    public async Task AGb18030CsvFromChineseExcelIsReadAndACancelledPreviewChangesNothing()
    {
        var csv = Encoding.GetEncoding("GB18030").GetBytes("名称,行业,级别\r\n南方电网,能源,集团\r\n\"中国石油, 华南\",石化,省级\r\n");
        var preview = await SendAsync("导入 客户", "客户.csv", Serve("客户.csv", csv));

        Assert.Equal("📥 导入预览：客户.csv · 共 2 行：新增 2，重复 0，有误 0", preview.Sentence);
        var cancel = preview.Card!.Value.GetProperty("actions")[1];
        Assert.Equal("已取消导入「客户.csv」，没有任何改动。", await PressAsync(cancel));
        Assert.Empty(Db.Customers.FindAll());
    }

    [Fact]
    public async Task ABadFileAMissingColumnAStrangeHostOrAMemberWithoutTheRightChangesNothingAndSaysWhy()
    {
        Assert.Equal("无法读取「客户.xlsx」：它不是有效的 Excel (.xlsx) 文件。没有任何改动。",
            (await SendAsync("导入 客户", "客户.xlsx", Serve("客户.xlsx", Encoding.UTF8.GetBytes("not a workbook")))).Sentence);
        Assert.Equal("「名单.csv」缺少表头「名称」。第一行应为表头，如：名称。没有任何改动。",
            (await SendAsync("导入 客户", "名单.csv", Serve("名单.csv", Encoding.UTF8.GetBytes("编号,行业\r\nC9,通信\r\n")))).Sentence);
        Assert.Equal("只能导入 .xlsx 或 .csv 文件。", (await SendAsync("导入 客户", "客户.pdf", Serve("客户.pdf", [1, 2, 3]))).Sentence);
        Assert.StartsWith("这个文件的地址不在允许的来源中", (await SendAsync("导入 客户", "客户.csv", "http://10.0.0.1/files/客户.csv")).Sentence);
        Assert.StartsWith("文件下载失败", (await SendAsync("导入 客户", "客户.csv", $"{Connector.ServiceUrl.TrimEnd('/')}/files/missing.csv")).Sentence);
        Assert.StartsWith("没有收到文件", await ReplyAsync("导入 客户"));
        Assert.StartsWith("只有", (await SendAsync("导入 客户", "客户.csv", Serve("客户.csv", Encoding.UTF8.GetBytes("名称\r\n广东移动\r\n")), "29:user-li", "李娜")).Sentence);
        Assert.Empty(Db.Customers.FindAll());
    }
}
