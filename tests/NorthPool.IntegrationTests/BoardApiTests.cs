using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tasks;

namespace NorthPool.IntegrationTests;

// The kanban's API in local mode: the board for the member the page acts as, a drag run as the command it stands
// for (same permission, same audit row), refusals that change nothing, and the page's own guard against other sites.
public sealed class BoardApiTests : BotTest
{
    private int AuditRows => Bot.Db.Database.GetCollection("audit").Count();

    private async Task<HttpResponseMessage> MoveAsync(string member, object body, Action<HttpRequestMessage>? tweak = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/board/move") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-NorthPool-Member", member);
        tweak?.Invoke(request);
        return await Bot.Http.SendAsync(request);
    }

    [Fact]
    public async Task TheBoardPutsEachOpenTaskInItsColumnAndSpeaksTheAskedLanguage()
    {
        var board = await Bot.Http.GetFromJsonAsync<JsonElement>("/api/board?lang=en-US");

        Assert.Equal(["To do", "In progress", "Customer follow-up", "Done", "Exceptions"], board.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var task = board.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "BD-001-2026W48");
        Assert.Equal(("Todo", "0/3 家", "2026-11-29 23:59"), (task.GetProperty("column").GetString(), task.GetProperty("quota").GetString(), task.GetProperty("due").GetString()));
        Assert.Equal(Bot.Tasks.Open().Count, board.GetProperty("tasks").GetArrayLength());
        Assert.Equal("29:user-admin", board.GetProperty("viewer").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ADragClaimsAsTheMemberWithItsAuditRowAndARefusedOneChangesNothing()
    {
        var claimed = await MoveAsync("29:user-li", new { taskId = "BD-001-2026W48", to = "InProgress" });
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        var result = await claimed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("moved").GetBoolean());
        Assert.StartsWith("✅ 已认领 [BD-001-2026W48]", result.GetProperty("message").GetString());
        Assert.Equal(("29:user-li", TaskState.InProgress), (Bot.Tasks.Find("BD-001-2026W48")!.OwnerId, Bot.Tasks.Find("BD-001-2026W48")!.State));
        var rows = AuditRows;

        var refused = await MoveAsync("29:user-zhang", new { taskId = "BD-001-2026W48", to = "Done" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.StartsWith("只有负责人", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        var noSuchMove = await MoveAsync("29:user-li", new { taskId = "BD-001-2026W48", to = "Exception" });
        Assert.Equal(HttpStatusCode.Conflict, noSuchMove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync("29:user-li", new { taskId = "BD-999", to = "Done" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync("29:user-li", new { taskId = "BD-001-2026W48", to = "Nowhere" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync("29:user-li", new { taskId = "BD-001-2026W48", to = "Done", reason = new string('x', 5000) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync("29:user-li", new { }, r => r.Content = new StringContent("{bad", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await MoveAsync("29:user-li", new { }, r => r.Content = new StringContent("{}", Encoding.UTF8, "text/plain"))).StatusCode);

        Assert.Equal(rows, AuditRows);
        Assert.Equal(TaskState.InProgress, Bot.Tasks.Find("BD-001-2026W48")!.State);
    }

    private async Task<string> SayAsync(string text, string userId = "29:user-zhang", string name = "张伟")
    {
        var activity = Activities.Personal(Connector.ServiceUrl, text, userId, name);
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        return await Connector.ReplyToAsync((string)activity["id"]!);
    }

    private async Task<JsonElement> CardAsync(string taskId) =>
        (await Bot.Http.GetFromJsonAsync<JsonElement>("/api/board")).GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("id").GetString() == taskId);

    [Fact]
    public async Task AWorkedTaskWhoseCustomerOwesANextStepIsIn客户跟进AndOneUntouchedTooLongIn异常SayingWhy()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("认领 BD-001");
        Assert.Equal("InProgress", (await CardAsync("BD-001-2026W48")).GetProperty("column").GetString());

        await SayAsync("拜访 广东移动 讨论智能客服试点 下一步 11-24 演示");
        var waiting = await CardAsync("BD-001-2026W48");
        Assert.Equal(("FollowUp", "InProgress", "客户下一步 11-24 到期"), (waiting.GetProperty("column").GetString(), waiting.GetProperty("state").GetString(), waiting.GetProperty("flag").GetString()));

        // Two days on, nobody has touched it (the report's 48-hour rule), and the pool's untouched tasks nobody took.
        ((Microsoft.Extensions.Time.Testing.FakeTimeProvider)Bot.App.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromHours(49));
        var stale = await CardAsync("BD-001-2026W48");
        Assert.Equal(("Exception", "超过 48 小时未更新"), (stale.GetProperty("column").GetString(), stale.GetProperty("flag").GetString()));
        var unclaimed = await CardAsync("BD-010-2026W48");
        Assert.Equal(("Exception", "超过 24 小时无人认领"), (unclaimed.GetProperty("column").GetString(), unclaimed.GetProperty("flag").GetString()));
    }

    [Fact]
    public async Task TheKanbanAsFilteredAndTheDashboardExportToExcel()
    {
        await MoveAsync("29:user-li", new { taskId = "BD-001-2026W48", to = "InProgress" });

        var all = await Bot.Http.GetAsync("/api/board/export?view=kanban");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", all.Content.Headers.ContentType?.MediaType);
        Assert.Equal("看板_20261124.xlsx", all.Content.Headers.ContentDisposition?.FileNameStar);
        using (var stream = new MemoryStream(await all.Content.ReadAsByteArrayAsync()))
            Assert.Equal(Bot.Tasks.Open().Count, MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Count());

        using var li = new MemoryStream(await Bot.Http.GetByteArrayAsync("/api/board/export?view=kanban&owner=29%3Auser-li"));
        var row = (IDictionary<string, object>)Assert.Single(MiniExcelLibs.MiniExcel.Query(li, useHeaderRow: true));
        Assert.Equal(("BD-001-2026W48", "执行中", "央企BD"), ((string)row["编号"], (string)row["看板列"], (string)row["任务池"]));

        using var dashboard = new MemoryStream(await Bot.Http.GetByteArrayAsync("/api/board/export?view=dashboard"));
        var figures = MiniExcelLibs.MiniExcel.Query(dashboard, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var inFlight = figures.Single(f => (string)f["指标"] == "在途总数");
        Assert.Equal((58d, 50d), (Convert.ToDouble(inFlight["数值"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(inFlight["目标"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(figures.Single(f => (string)f["指标"] == "活跃客户")["数值"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await Bot.Http.GetAsync("/api/board/export?view=elsewhere")).StatusCode);
    }

    [Fact]
    public async Task ARequestAnotherSitesPageMakesIsRefusedAndAMoveNeedsAMember()
    {
        var fromElsewhere = await MoveAsync("29:user-li", new { taskId = "BD-001-2026W48", to = "InProgress" }, r => r.Headers.Add("Origin", "http://evil.example"));
        var crossSite = await MoveAsync("29:user-li", new { taskId = "BD-001-2026W48", to = "InProgress" }, r => r.Headers.Add("Sec-Fetch-Site", "cross-site"));
        var anonymous = await Bot.Http.PostAsJsonAsync("/api/board/move", new { taskId = "BD-001-2026W48", to = "InProgress" });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest), (fromElsewhere.StatusCode, crossSite.StatusCode, anonymous.StatusCode));
        Assert.Equal(TaskState.Pooled, Bot.Tasks.Find("BD-001-2026W48")!.State);
        Assert.Equal(0, AuditRows);
    }

    [Fact]
    public async Task TheLiveSocketAnnouncesAChangeMadeInChatAndRefusesAnotherSitesPage()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var socket = await BoardSocket.OpenAsync(Bot, cancel.Token);

        await Bot.PostAsync(Activities.Personal(Connector.ServiceUrl, "认领 BD-010-2026W48"));

        Assert.Equal("{\"kind\":\"task\",\"taskId\":\"BD-010-2026W48\",\"version\":1}", await BoardSocket.ReceiveAsync(socket, cancel.Token));
        using var foreign = new System.Net.WebSockets.ClientWebSocket();
        foreign.Options.SetRequestHeader("Origin", "http://evil.example");
        await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => foreign.ConnectAsync(BoardSocket.Uri(Bot), cancel.Token));
        Assert.Equal(HttpStatusCode.UpgradeRequired, (await Bot.Http.GetAsync("/api/board/events", cancel.Token)).StatusCode);
    }
}

// The board's live socket as a page opens it: the first message says it is open.
public static class BoardSocket
{
    public static Uri Uri(NorthPoolApp bot) => new(bot.Http.BaseAddress!.ToString().Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/api/board/events");

    public static async Task<System.Net.WebSockets.ClientWebSocket> OpenAsync(NorthPoolApp bot, CancellationToken cancellationToken)
    {
        var socket = new System.Net.WebSockets.ClientWebSocket();
        await socket.ConnectAsync(Uri(bot), cancellationToken);
        Assert.Equal("{\"kind\":\"open\"}", await ReceiveAsync(socket, cancellationToken));
        return socket;
    }

    public static async Task<string> ReceiveAsync(System.Net.WebSockets.ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var received = await socket.ReceiveAsync(buffer, cancellationToken);
        return Encoding.UTF8.GetString(buffer, 0, received.Count);
    }
}

// The dashboard's figures: the pools' in-flight counts, today against the catalog's daily targets, 暂无数据 (null)
// where the CRM has nothing yet, and the CRM's figures once it has.
public sealed class DashboardApiTests : BotTest
{
    [Fact]
    public async Task TheDashboardShowsThePoolsTodayAgainstThePlansTargetsAndTheCrmOnceItHasData()
    {
        var empty = await Bot.Http.GetFromJsonAsync<JsonElement>("/api/dashboard");
        Assert.Equal(["央企BD", "AI产品", "客户成功", "生态合作", "运营支持"], empty.GetProperty("inFlight").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        var today = empty.GetProperty("today");
        Assert.Equal((6, 80, 50), (today.GetProperty("doneTarget").GetInt32(), today.GetProperty("rateTargetPercent").GetInt32(), today.GetProperty("inFlightTarget").GetInt32()));
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("activeCustomers").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("monthContractsWan").ValueKind);
        Assert.Empty(empty.GetProperty("funnel").EnumerateArray());
        Assert.Equal(30, empty.GetProperty("donePerDay").GetArrayLength());

        foreach (var text in new[] { "认领 BD-001-2026W48", "完成 BD-001-2026W48", "客户 新建 广东移动 通信 省级", "合同 广东移动 50万", "商机 广东移动 智能客服 80万 方案" })
        {
            var activity = Activities.Personal(Connector.ServiceUrl, text, "29:user-admin", "王董事长");
            await Bot.PostAsync(activity);
            await Connector.ReplyToAsync((string)activity["id"]!);
        }

        var filled = await Bot.Http.GetFromJsonAsync<JsonElement>("/api/dashboard?lang=en-US");
        Assert.Equal(1, filled.GetProperty("today").GetProperty("done").GetInt32());
        Assert.Equal(1, filled.GetProperty("donePerDay")[29].GetProperty("value").GetInt32());
        Assert.Equal((50m, 1), (filled.GetProperty("monthContractsWan").GetDecimal(), filled.GetProperty("activeCustomers").GetInt32()));
        var proposal = filled.GetProperty("funnel")[2];
        Assert.Equal(("proposal", 1m, 80m), (proposal.GetProperty("name").GetString(), proposal.GetProperty("value").GetDecimal(), proposal.GetProperty("amountWan").GetDecimal()));
        Assert.Equal("In flight per pool", filled.GetProperty("texts").GetProperty("inFlight").GetString());
    }

    [Fact]
    public async Task TheLiveSocketAnnouncesACrmChange()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var socket = await BoardSocket.OpenAsync(Bot, cancel.Token);

        await Bot.PostAsync(Activities.Personal(Connector.ServiceUrl, "客户 新建 广东移动 通信 省级"));

        Assert.Equal("{\"kind\":\"crm\",\"record\":\"customer\",\"recordId\":1}", await BoardSocket.ReceiveAsync(socket, cancel.Token));
    }
}
