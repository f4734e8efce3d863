using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.IntegrationTests.Support;
using NorthPool.Reports;
using static NorthPool.FixtureGenerator.Team;

namespace NorthPool.FixtureGenerator;

// Three days of NorthPool use, driven through the real host with real activities over loopback HTTP, on a fake clock
// in Asia/Shanghai. Each day is its own start of the app on the same file (as a restart would be), so the clock never
// crosses a report slot except where a report is meant to go out. Returns the path of the closed, checkpointed file.
public sealed class Scenario : IAsyncDisposable
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private readonly string _db = Path.Combine(Path.GetTempPath(), "northpool-fixture", Guid.NewGuid().ToString("N"), "northpool.db");
    private FakeConnector _connector = null!;
    private NorthPoolApp _app = null!;
    private FakeTimeProvider _clock = null!;
    private TeamsActivities _teams = null!;

    public static async Task<string> WriteAsync()
    {
        await using var scenario = new Scenario();
        scenario._connector = await FakeConnector.StartAsync();
        scenario._teams = new TeamsActivities(scenario._connector.ServiceUrl);
        await scenario.FirstDayAsync();
        await scenario.SecondDayAsync();
        await scenario.ThirdDayMorningAsync();
        await scenario.ThirdDayNoonAsync();
        scenario.CheckClosed();
        return scenario._db;
    }

    // 11-24: claims by three members, a language choice, progress with a note, a card shown in the group, a pause.
    private async Task FirstDayAsync()
    {
        await StartAsync("2026-11-24T09:00");
        await SayAsync(_teams.Personal("认领 BD-001", Zhang), "✅ 已认领 [BD-001]", cardOf: "BD-001");
        await At("2026-11-24T09:05");
        await SayAsync(_teams.Group("认领 BD-003", Li), "✅ 已认领 [BD-003]", cardOf: "BD-003");
        await At("2026-11-24T09:10");
        await SayAsync(_teams.Personal("lang en", Zhao, locale: "en-US"), "reply in English");
        await At("2026-11-24T09:12");
        await SayAsync(_teams.Group("claim PD-002", Zhao), "✅ Claimed [PD-002]", cardOf: "PD-002");
        await At("2026-11-24T09:20");
        await SayAsync(_teams.Group("进度 BD-003 60% 已拜访3家", Li), "📈 [BD-003]", cardOf: "BD-003");
        await At("2026-11-24T09:25");
        await SayAsync(_teams.Group("查看 BD-001", Li), "BD-001", cardOf: "BD-001");
        await At("2026-11-24T09:30");
        await SayAsync(_teams.Personal("暂停 BD-001 等待客户反馈", Zhang), "⏸️ 已暂停 [BD-001]", cardOf: "BD-001");
        await At("2026-11-24T09:40");
        await SayAsync(_teams.Personal("我的", Li), "您负责的任务（1 个）");
        await StopAsync();
    }

    // 11-25: resume and progress, a claim cancelled with a reason, a claim released, progress by a card button, a finish.
    private async Task SecondDayAsync()
    {
        await StartAsync("2026-11-25T09:00");
        await SayAsync(_teams.Personal("恢复 BD-001", Zhang), "已恢复 [BD-001]", cardOf: "BD-001");
        await At("2026-11-25T09:10");
        await SayAsync(_teams.Personal("进度 BD-001 30% 初步方案已提交", Zhang), "📈 [BD-001]", cardOf: "BD-001");
        await At("2026-11-25T09:20");
        await SayAsync(_teams.Group("认领 BD-010", Li), "✅ 已认领 [BD-010]", cardOf: "BD-010");
        await At("2026-11-25T09:25");
        await SayAsync(_teams.Group("取消 BD-010 需求变更", Li), "🛑 已取消 [BD-010]", cardOf: "BD-010");
        await At("2026-11-25T09:30");
        await SayAsync(_teams.Group("认领 BD-002", Zhang), "✅ 已认领 [BD-002]", cardOf: "BD-002");
        await At("2026-11-25T09:35");
        await SayAsync(_teams.Group("释放 BD-002", Zhang), "↩️ 已释放 [BD-002]", cardOf: "BD-002");
        await At("2026-11-25T09:40");
        var pd002Card = _app.Db.CardPosts.FindOne(p => p.TaskId == "PD-002").ActivityId;
        var pressed = await PressAsync(_teams.Press(_teams.Group("x", Zhao), pd002Card, "progress", new { taskId = "PD-002", progress = "80", note = "beta with 2 customers", lang = "en-US" }, Zhao));
        Expect(pressed.Contains("80%", StringComparison.Ordinal), $"progress button: {pressed}");
        await At("2026-11-25T09:50");
        await SayAsync(_teams.Group("finish PD-002", Zhao), "🎉 Finished [PD-002]", cardOf: "PD-002");
        await StopAsync();
    }

    // 11-26 morning: the admin names the chairman and registers the report channel; the 10:00 report (fired through
    // the debug endpoint, as the e2e tests do) fails at the connector and is recorded as Failed.
    private async Task ThirdDayMorningAsync()
    {
        await StartAsync("2026-11-26T09:00", new Dictionary<string, string?> { ["BotFramework:ConnectorMaxRetries"] = "0" });
        await SayAsync(_teams.Channel("/设为董事长 <at>王董事长</at>", Admin, ChairmanWang), "已将 王董事长 设为董事长");
        await At("2026-11-26T09:05");
        await SayAsync(_teams.Channel("/设为汇报频道", Admin), "✅ 已将本频道设为汇报频道");
        await At("2026-11-26T09:50");
        _connector.FailPosts = true;
        var fired = await FireAsync("2026-11-26T10:00:00+08:00");
        _connector.FailPosts = false;
        Expect(fired.Contains("\"Failed\"", StringComparison.Ordinal), $"10:00 report: {fired}");
        await StopAsync();
    }

    // 11-26 noon: started at 12:05, the app catches up the 12:00 slot (补发); the chairman gives three instructions
    // (on the report card, by @mention, and one without an owner); one is acknowledged, one acknowledged and fulfilled;
    // Quartz sends the 14:00 report when the clock reaches it.
    private async Task ThirdDayNoonAsync()
    {
        await StartAsync("2026-11-26T12:05");
        var noon = await RunAsync(new DateTimeOffset(2026, 11, 26, 12, 0, 0, China));
        Expect(noon is { CatchUp: true, ActivityId: not null }, "12:00 catch-up");

        await At("2026-11-26T12:10");
        var onCard = await PressAsync(_teams.Press(_teams.Channel("x", ChairmanWang), noon.ActivityId!, "instruct", new { instruction = "BD-003 本周内提交投标文件", lang = "zh-CN" }, ChairmanWang));
        Expect(onCard.Contains("已记录指示 #1，负责人：李娜", StringComparison.Ordinal), onCard);
        await At("2026-11-26T12:15");
        await SayAsync(_teams.Channel("/指示 <at>张伟</at> 明早前把能源方案发给我", ChairmanWang, Zhang), "已记录指示 #2，负责人：张伟");
        await At("2026-11-26T12:20");
        await SayAsync(_teams.Channel("/指示 加快回款", ChairmanWang), "已记录指示 #3，但找不到负责人");
        await At("2026-11-26T12:30");
        await SayAsync(_teams.Personal("收到 #1", Li), "已收到指示 #1");
        await At("2026-11-26T12:40");
        var acked = await PressAsync(_teams.Press(_teams.Personal("x", Zhang), "directive-2", "ack", new { directiveId = "2", lang = "zh-CN" }, Zhang));
        Expect(acked.Contains("进行中", StringComparison.Ordinal), acked);
        await At("2026-11-26T12:45");
        await SayAsync(_teams.Personal("已落实 #2", Zhang), "指示 #2 已落实");

        await At("2026-11-26T13:59");
        await Task.Delay(500);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var two = await RunAsync(new DateTimeOffset(2026, 11, 26, 14, 0, 0, China));
        Expect(two is { CatchUp: false, ActivityId: not null }, "14:00 report");
        await StopAsync();
    }

    private async Task StartAsync(string local, IDictionary<string, string?>? settings = null)
    {
        _clock = new FakeTimeProvider(Local(local));
        // The app's log goes to stderr, so stdout carries the inventory alone.
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Logging:Console:LogToStandardErrorThreshold"] = "Trace" };
        _app = await NorthPoolApp.StartAsync(_db, all, _clock);
    }

    private async Task StopAsync()
    {
        await SettleAsync();
        await _app.DisposeAsync();
        _app = null!;
    }

    private Task At(string local)
    {
        _clock.SetUtcNow(Local(local));
        return Task.CompletedTask;
    }

    private static DateTimeOffset Local(string local) => DateTimeOffset.Parse(local + ":00+08:00", System.Globalization.CultureInfo.InvariantCulture);

    // Sends a message, waits for the bot's reply to it and, when the reply shows a task card, for that post's record:
    // the turn is over before the clock moves on.
    private async Task SayAsync(Dictionary<string, object?> activity, string expected, string? cardOf = null)
    {
        var postsBefore = cardOf is null ? 0 : _app.Db.CardPosts.Count(p => p.TaskId == cardOf);
        var response = await _app.PostAsync(activity);
        Expect(response.StatusCode == HttpStatusCode.OK, $"POST {activity["text"]}: {response.StatusCode}");
        var reply = await _connector.ReplyToAsync((string)activity["id"]!);
        Expect(reply.Contains(expected, StringComparison.Ordinal), $"'{activity["text"]}' answered '{reply}', expected '{expected}'");
        if (cardOf is not null)
            await UntilAsync(() => _app.Db.CardPosts.Count(p => p.TaskId == cardOf) > postsBefore, $"card post of {cardOf}");
        await SettleAsync();
        Console.Error.WriteLine($"{_clock.GetUtcNow().ToOffset(China):MM-dd HH:mm} {activity["text"]} → {reply.Split('\n')[0]}");
    }

    // A card button: the invoke is answered with the result of the whole turn.
    private async Task<string> PressAsync(Dictionary<string, object?> invoke)
    {
        var response = await _app.PostAsync(invoke);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var value = body.GetProperty("value");
        var text = value.ValueKind == JsonValueKind.Object ? CardContent.Flatten(value) : value.GetString() ?? "";
        await SettleAsync();
        Console.Error.WriteLine($"{_clock.GetUtcNow().ToOffset(China):MM-dd HH:mm} [button] → {text.Split('\n')[0]}");
        return text;
    }

    private async Task<string> FireAsync(string slot)
    {
        var response = await _app.Http.PostAsync($"/debug/reports/fire?slot={Uri.EscapeDataString(slot)}", null);
        var body = await response.Content.ReadAsStringAsync();
        Console.Error.WriteLine($"{_clock.GetUtcNow().ToOffset(China):MM-dd HH:mm} fire {slot} → {body}");
        return body;
    }

    // Waits for the scheduler (catch-up at start or Quartz) to settle a slot as Sent, and for the report it posted.
    private async Task<ReportRun> RunAsync(DateTimeOffset slot)
    {
        var runs = _app.App.Services.GetRequiredService<ReportRuns>();
        ReportRun? run = null;
        await UntilAsync(() => (run = runs.Find("19:chairman@thread.tacv2", slot)) is { Status: ReportRunStatus.Sent }, $"report run {slot}");
        Console.Error.WriteLine($"{_clock.GetUtcNow().ToOffset(China):MM-dd HH:mm} report {slot:HH:mm} sent (catch-up: {run!.CatchUp})");
        return run;
    }

    // The card updater's PUTs run after the turn; the fake connector numbers every POST and PUT, so the next step waits
    // until they are done and the activity ids in the file come out the same on every run.
    private async Task SettleAsync()
    {
        var seen = _connector.Sent.Count;
        while (true)
        {
            await Task.Delay(150);
            if (_connector.Sent.Count == seen)
                return;
            seen = _connector.Sent.Count;
        }
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            if (waited > 15_000)
                throw new TimeoutException($"Still waiting for {what}");
            await Task.Delay(20);
        }
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
            throw new InvalidOperationException($"Unexpected: {what}");
    }

    // Closed cleanly, LiteDB has checkpointed its log into the data file and deleted it: the file stands alone.
    private void CheckClosed()
    {
        var log = Path.Combine(Path.GetDirectoryName(_db)!, "northpool-log.db");
        Expect(!File.Exists(log), $"{log} still exists after the app stopped");
        Expect(Directory.GetFiles(Path.GetDirectoryName(_db)!).Length == 1, "only northpool.db next to itself");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        if (_connector is not null)
            await _connector.DisposeAsync();
    }

}
