using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NorthPool.IntegrationTests.Support;
using NorthPool.Reports;
using NorthPool.Tests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Scheduled reports to the chairman's channel: registered by an admin, sent once per slot across restarts, a missed
// slot caught up once at start-up, a failure recorded and mentioned next time, the last card refreshed in place.
public sealed class ReportDeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset TenOClock = new(2026, 11, 24, 10, 0, 0, China);
    private const string ChannelId = "19:chairman@thread.tacv2";
    private const string ChannelPath = "/_connector/v3/conversations/19%3Achairman%40thread.tacv2/activities";

    private FakeConnector _connector = null!;
    private NorthPoolApp _app = null!;
    private readonly string _db = NorthPoolApp.NewDatabasePath();

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = await StartAtAsync(TenOClock.AddMinutes(-30));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private Task<NorthPoolApp> StartAtAsync(DateTimeOffset now, IDictionary<string, string?>? settings = null) =>
        NorthPoolApp.StartAsync(_db, settings, new FakeTimeProvider(now));

    private async Task RegisterAsync(string userId = "29:user-admin", string name = "王董事长")
    {
        var register = Channel(Connector.ServiceUrl, "/设为汇报频道", userId, name);
        Assert.Equal(HttpStatusCode.OK, (await _app.PostAsync(register)).StatusCode);
        await _connector.ReplyToAsync((string)register["id"]!);
    }

    private FakeConnector Connector => _connector;

    private ReportDelivery Delivery => _app.App.Services.GetRequiredService<ReportDelivery>();

    private ReportRuns Runs => _app.App.Services.GetRequiredService<ReportRuns>();

    // Completes once the start-up catch-up has sent its slot or decided there is none: the signal that it is over,
    // where a pause would only guess how long it takes.
    private Task CatchUpFinished => _app.App.Services.GetServices<IHostedService>().OfType<MissedReportCatchUp>().Single().ExecuteTask!;

    private IEnumerable<SentActivity> Reports => _connector.Sent.Where(s => s.Method == "POST" && s.Path == ChannelPath);

    [Fact]
    public async Task AnAdminRegistersTheChannelAndASlotPostsTheReportThere()
    {
        await RegisterAsync();

        var run = await Delivery.DeliverAsync(TenOClock, catchUp: false, default);

        Assert.Equal(ReportRunStatus.Sent, run!.Status);
        var report = Assert.Single(Reports);
        Assert.StartsWith("北向任务进度日报\n汇报时间: 2026-11-24 10:00\n", report.CardText);
        foreach (var heading in new[] { "一、在途任务总数", "五、重点客户追踪", "九、次日任务预告", "请董事长指示！" })
            Assert.Contains(heading, report.CardText);
        Assert.Equal("北向任务进度日报", report.Body.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdminCannotRegisterTheChannel()
    {
        var register = Channel(Connector.ServiceUrl, "/report-here");

        await _app.PostAsync(register);
        var reply = await _connector.ReplyToAsync((string)register["id"]!);

        Assert.Equal("Only an admin can choose the report channel.", reply);
        Assert.Null(await Delivery.DeliverAsync(TenOClock, catchUp: false, default));
    }

    [Fact]
    public async Task ASlotIsSentOnceEvenAcrossARestart()
    {
        await RegisterAsync();
        await Delivery.DeliverAsync(TenOClock, catchUp: false, default);
        await _app.DisposeAsync();

        _app = await StartAtAsync(TenOClock.AddMinutes(1));
        var again = await Delivery.DeliverAsync(TenOClock, catchUp: false, default);
        await CatchUpFinished;

        Assert.Null(again);
        Assert.Single(Reports);
        var run = Runs.Find(ChannelId, TenOClock)!;
        Assert.Equal((ReportRunStatus.Sent, false), (run.Status, run.CatchUp));
    }

    [Fact]
    public async Task ASlotInFlightWhenTheBotStoppedIsNotSentAgain()
    {
        await RegisterAsync();
        await LeaveSendingAsync(TenOClock);

        Assert.Null(await Delivery.DeliverAsync(TenOClock, catchUp: false, default));
        Assert.Empty(Reports);
    }

    [Fact]
    public async Task ASlotLeftSendingIsNotSentAgainButTheNextReportSaysItMayNotHaveArrived()
    {
        await RegisterAsync();
        await LeaveSendingAsync(TenOClock);

        var again = await Delivery.DeliverAsync(TenOClock, catchUp: false, default);
        var next = await Delivery.DeliverAsync(TenOClock.AddHours(2), catchUp: false, default);

        Assert.Null(again);
        Assert.Equal(ReportRunStatus.Sent, next!.Status);
        Assert.Equal(ReportRunStatus.Sending, Runs.Find(ChannelId, TenOClock)!.Status);
        var report = Assert.Single(Reports).CardText;
        Assert.Contains("汇报人: 北向负责人 曹丕\n⚠️ 10:00 的汇报发送中断，未能确认送达，本次一并汇报。\n", report);
        Assert.DoesNotContain("未能送达", report);
    }

    // What a crash mid-send, or a second instance that died after claiming the slot, leaves behind.
    private Task LeaveSendingAsync(DateTimeOffset slot) =>
        Runs.SaveAsync(new ReportRun { Id = ReportRun.IdFor(ChannelId, slot), ChannelId = ChannelId, Slot = slot, Status = ReportRunStatus.Sending, StartedAt = slot }, default);

    [Fact]
    public async Task TheLatestSlotMissedWhileDownIsSentOnceAtStartMarkedAsCatchUp()
    {
        await RegisterAsync();
        await _app.DisposeAsync();

        _app = await StartAtAsync(TenOClock.AddMinutes(50));
        await CatchUpFinished;
        Assert.Single(Reports);
        await _app.DisposeAsync();
        _app = await StartAtAsync(TenOClock.AddMinutes(55));
        await CatchUpFinished;

        var report = Assert.Single(Reports);
        Assert.Contains("汇报时间: 2026-11-24 10:00\n汇报人: 北向负责人 曹丕\n补发（原定 10:00）\n数据截至 10:50", report.CardText);
        var run = Runs.Find(ChannelId, TenOClock)!;
        Assert.Equal((ReportRunStatus.Sent, true, TenOClock.AddMinutes(50)), (run.Status, run.CatchUp, run.StartedAt));
    }

    [Fact]
    public async Task ASlotBeforeTheChannelWasRegisteredIsNotCaughtUp()
    {
        await _app.DisposeAsync();
        _app = await StartAtAsync(TenOClock.AddMinutes(20));
        await RegisterAsync();
        await _app.DisposeAsync();

        _app = await StartAtAsync(TenOClock.AddMinutes(40));
        await CatchUpFinished;

        Assert.Empty(Reports);
        Assert.Null(Runs.Find(ChannelId, TenOClock));
    }

    [Fact]
    public async Task AFailedSendIsRecordedAndTheNextReportSaysSo()
    {
        await _app.DisposeAsync();
        _app = await StartAtAsync(TenOClock.AddMinutes(-30), new Dictionary<string, string?> { ["BotFramework:ConnectorMaxRetries"] = "0" });
        await RegisterAsync();
        _connector.FailPosts = true;

        var failed = await Delivery.DeliverAsync(TenOClock, catchUp: false, default);
        _connector.FailPosts = false;
        var next = await Delivery.DeliverAsync(TenOClock.AddHours(2), catchUp: false, default);

        Assert.Equal(ReportRunStatus.Failed, failed!.Status);
        Assert.StartsWith("500", failed.Error);
        Assert.Equal(ReportRunStatus.Sent, next!.Status);
        Assert.Contains("汇报人: 北向负责人 曹丕\n⚠️ 10:00 的汇报未能送达，本次一并汇报。\n", Assert.Single(Reports).CardText);
    }

    [Fact]
    public async Task ReportRefreshUpdatesTheLastReportCardInPlace()
    {
        await RegisterAsync();
        var sent = await Delivery.DeliverAsync(TenOClock, catchUp: false, default);
        var refresh = Personal(Connector.ServiceUrl, "/汇报 刷新", "29:user-chairman", "王董事长");

        await _app.PostAsync(refresh);
        var reply = await _connector.ReplyToAsync((string)refresh["id"]!);
        var put = await _connector.WaitForAsync(s => s.Method == "PUT");

        Assert.Equal("已更新 10:00 的汇报卡片（数据截至 09:30）。", reply);
        Assert.Equal($"{ChannelPath}/{sent!.ActivityId}", put.Path);
        Assert.Contains("数据截至 09:30", put.CardText);
    }

    [Theory]
    [InlineData("/汇报 刷新", "zh-CN", "只有管理员或董事长可以刷新汇报卡片。")]
    [InlineData("/report refresh", "en-US", "Only an admin or the chairman can refresh the report card.")]
    public async Task OnlyAnAdminOrTheChairmanCanRefreshTheReportCard(string command, string locale, string refusal)
    {
        await RegisterAsync();
        await Delivery.DeliverAsync(TenOClock, catchUp: false, default);
        var member = Personal(Connector.ServiceUrl, command, locale: locale);
        var admin = Personal(Connector.ServiceUrl, command, "29:user-admin", "管理员", locale: locale);

        await _app.PostAsync(member);
        var refused = await _connector.ReplyToAsync((string)member["id"]!);
        var putsAfterRefusal = _connector.Sent.Count(s => s.Method == "PUT");
        await _app.PostAsync(admin);
        await _connector.ReplyToAsync((string)admin["id"]!);

        Assert.Equal(refusal, refused);
        Assert.Equal(0, putsAfterRefusal);
        Assert.Single(_connector.Sent, s => s.Method == "PUT");
    }

    [Fact]
    public async Task QuartzFiresTheSlotWhenTheAppsClockReachesIt()
    {
        await _app.DisposeAsync();
        var clock = new FakeTimeProvider(TenOClock.AddMinutes(-1));
        _app = await NorthPoolApp.StartAsync(_db, time: clock);
        await RegisterAsync();
        Assert.Null(Runs.Find(ChannelId, TenOClock));

        clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(() => Reports.Any());

        Assert.Contains("汇报时间: 2026-11-24 10:00", Assert.Single(Reports).CardText);
        // Claimed when the app's clock read 10:00, not a moment before: the slot did not fire early.
        Assert.Equal(TenOClock, Runs.Find(ChannelId, TenOClock)!.StartedAt);
    }
}
