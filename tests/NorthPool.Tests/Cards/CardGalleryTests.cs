using Microsoft.Extensions.Options;
using NorthPool.Cards;
using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Hosting;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Tasks;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Cards;

// Writes every card the bot can produce (card × state × locale × viewer role) to artifacts/cards, where the Node
// check (tests/e2e/cards.test.mjs) validates each with the official renderer and the Adaptive Card 1.5 schema.
public class CardGalleryTests
{
    public const int MaxCardBytes = 28 * 1024;
    private static readonly Member Owner = new("29:user-zhang", "张伟");
    private static readonly Member Other = new("29:user-li", "李娜");
    private static readonly Member Admin = new("29:user-admin", "王董事长", IsAdmin: true);

    [Fact]
    public async Task EveryCardIsWrittenForTheRendererAndStaysUnder28KB()
    {
        using var store = TestStore.CreateSeeded();
        var gallery = await GalleryAsync(store);
        var folder = CardFolder();
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.GetFiles(folder, "*.json"))
            File.Delete(old);

        foreach (var (name, card) in gallery)
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".json"), CardJson.Serialize(card));

        Assert.True(gallery.Count >= 100, $"only {gallery.Count} cards");
        Assert.All(gallery, entry => Assert.True(CardJson.Utf8Size(entry.Card) < MaxCardBytes, $"{entry.Name} is {CardJson.Utf8Size(entry.Card)} bytes"));
    }

    [Fact]
    public async Task EachViewerSeesExactlyTheMovesTheyMayMake()
    {
        using var store = TestStore.CreateSeeded();
        var (builder, _) = Builders(store);
        await store.Tasks.ApplyAsync(new TaskMove("BD-001-2026W48", TaskTrigger.Claim, Owner, TestStore.Start), default);
        var task = store.Tasks.Find("BD-001-2026W48")!;

        string Buttons(Member? viewer) => string.Join(",", builder.Build(task, Language.EnUs, viewer).Actions!.Select(a => a.Title));

        Assert.Equal("Pause,Finish,Cancel task,Release,+1 log", Buttons(Owner));
        Assert.Equal("", Buttons(Other));
        Assert.Equal("Cancel task,Release", Buttons(Admin));
        Assert.Equal("Pause,Finish,Cancel task,Release,+1 log", Buttons(null));
    }

    [Fact]
    public async Task AListOfTwoHundredTasksIsPagedAndEveryPageStaysSmall()
    {
        using var store = TestStore.CreateSeeded();
        var (_, lists) = Builders(store);
        var tasks = Enumerable.Range(1, 200).Select(i => new TaskInstance
        {
            Id = $"BD-{i:D3}", Pool = "BD", Title = "省级运营商拓展（华东、华南、西南三大区重点客户）", State = TaskState.InProgress,
            OwnerId = Owner.Id, OwnerName = Owner.Name, Progress = 50, Priority = (Priority)(i % 4),
        }).ToList();

        var pages = Enumerable.Range(1, 17)
            .Select(page => lists.Build(new TaskListView(tasks, "📋", "", new CardOrigin(CardView.List, "BD", page)), Language.ZhCn, Owner))
            .ToList();

        Assert.All(pages, card => Assert.True(CardJson.Utf8Size(card) < MaxCardBytes));
        Assert.Equal(TaskListCardBuilder.PageSize + 3, pages[0].Body!.Count);
        Assert.Contains("第 17/17 页", CardJson.Serialize(pages[16]));
    }

    private static (TaskCardBuilder Tasks, TaskListCardBuilder Lists) Builders(TestStore store)
    {
        var pools = new PoolNames(Catalog.Load(Catalog.DefaultPath));
        var clock = new DisplayClock(Options.Create(new LanguageOptions()));
        return (new TaskCardBuilder(store.Tasks, pools, Catalog.Load(Catalog.DefaultPath), clock, store.Time), new TaskListCardBuilder(pools, store.Time));
    }

    private static async Task<List<(string Name, AdaptiveCard Card)>> GalleryAsync(TestStore store)
    {
        var (tasks, lists) = Builders(store);
        var pools = new PoolNames(Catalog.Load(Catalog.DefaultPath));
        var taskLists = new TaskLists(store.Tasks, pools, store.Time);
        await MoveEveryStateAsync(store);

        var viewers = new (string Name, Member? Member)[] { ("owner", Owner), ("member", Other), ("admin", Admin), ("everyone", null) };
        var states = new[] { ("pooled", "OP-001-20261124"), ("inprogress", "BD-001-2026W48"), ("paused", "PD-001-2026M11"), ("done", "CS-001-20261124"), ("cancelled", "EC-001-2026M11") };
        var gallery = new List<(string, AdaptiveCard)>();
        foreach (var language in new[] { Language.ZhCn, Language.EnUs })
        {
            var tag = language == Language.ZhCn ? "zh-CN" : "en-US";
            foreach (var (state, id) in states)
            {
                var task = store.Tasks.Find(id)!;
                foreach (var (viewerName, viewer) in viewers)
                    gallery.Add(($"task.{state}.{viewerName}.{tag}", tasks.Build(task, language, viewer)));
                gallery.Add(($"task.{state}.notice-ok.{tag}", tasks.Build(task, language, Owner, new CardNotice("✅ 已认领 [BD-001] 省级运营商拓展", false))));
                gallery.Add(($"task.{state}.notice-refused.{tag}", tasks.Build(task, language, Other, new CardNotice("[BD-001] 已被 张伟 认领", true))));
                gallery.Add(($"task.{state}.refresh.{tag}", TaskCardBuilder.WithRefresh(tasks.Build(task, language, null), id, [Owner.Id, Other.Id])));
            }
            foreach (var (viewerName, viewer) in viewers.Where(v => v.Member is not null))
            {
                gallery.Add(($"list.all.p1.{viewerName}.{tag}", lists.Build(taskLists.Filtered(TaskListFilter.None, 1, language), language, viewer!)));
                gallery.Add(($"list.all.p3.{viewerName}.{tag}", lists.Build(taskLists.Filtered(TaskListFilter.None, 3, language), language, viewer!)));
                gallery.Add(($"list.bd.{viewerName}.{tag}", lists.Build(taskLists.Filtered(TaskListFilter.None with { Pool = "BD" }, 1, language), language, viewer!)));
                gallery.Add(($"list.mine.{viewerName}.{tag}", lists.Build(taskLists.Mine(viewer!, 1, language), language, viewer!)));
                gallery.Add(($"list.bd.notice.{viewerName}.{tag}", lists.Build(taskLists.Filtered(TaskListFilter.None with { Pool = "BD" }, 1, language), language, viewer!, new CardNotice("✅", false))));
            }
            gallery.Add(($"help.{tag}", new HelpCardBuilder(TestVerbs.Registry).Build(language)));
            gallery.AddRange(await ReportCardsAsync(language, tag));
            gallery.AddRange(await CrmCardsAsync(language, tag));
            var directives = new NorthPool.Reports.DirectiveCard(new NorthPool.Reports.ReportSchedule(Options.Create(new NorthPool.Reports.ReportOptions())));
            foreach (var state in Enum.GetValues<NorthPool.Reports.DirectiveState>())
            {
                var directive = new NorthPool.Reports.Directive
                {
                    Id = 7, Text = "BD-003 本周内提交投标文件，周五前报我", AuthorName = "王董事长", At = TestStore.Start, TaskIds = ["BD-003-2026Q4"],
                    OwnerId = Owner.Id, OwnerName = Owner.Name, State = state,
                };
                gallery.Add(($"directive.{state.ToString().ToLowerInvariant()}.{tag}", directives.Build(directive, language, state == NorthPool.Reports.DirectiveState.Pending ? null : new CardNotice("✅", false))));
            }
            gallery.AddRange(RhythmCards(store, language, tag));
        }
        return gallery;
    }

    // The morning digest (the member's own and a busy one) and every kind of reminder and alert, alone and together.
    private static IEnumerable<(string, AdaptiveCard)> RhythmCards(TestStore store, Language language, string tag)
    {
        var clock = new DisplayClock(Options.Create(new LanguageOptions()));
        var digests = new NorthPool.Rhythm.DigestCardBuilder(clock);
        var notices = new NorthPool.Rhythm.NoticeCardBuilder(clock, store.Time);
        var now = store.Time.GetUtcNow();
        var open = store.Tasks.Open().Select(t => t.Id == "OP-001-20261124" ? t with { Priority = Priority.P1 } : t).ToList();
        var key = NorthPool.Rhythm.DigestSelection.KeyTasks(open, now, store.Calendar);
        yield return ($"rhythm.digest.{tag}", digests.Build(NorthPool.Rhythm.DigestSelection.For(Owner.Id, open, key, now, store.Calendar), language));

        var busy = Enumerable.Range(1, 60).Select(i => new TaskInstance
        {
            Id = $"BD-{i:D3}-2026W48", Pool = "BD", Title = "省级运营商拓展（华东、华南、西南三大区重点客户）", State = i % 3 == 0 ? TaskState.Pooled : TaskState.InProgress,
            OwnerId = i % 3 == 0 ? null : Owner.Id, OwnerName = i % 3 == 0 ? null : Owner.Name, Priority = (Priority)(i % 2),
            DueAt = now.AddHours(i % 4 == 0 ? -30 : i % 4 == 1 ? 10 : 40), Cadence = Cadence.Week,
            Quota = new QuotaTally { Target = 3, Done = i % 3, Unit = "家" },
        }).ToList();
        yield return ($"rhythm.digest.busy.{tag}", digests.Build(NorthPool.Rhythm.DigestSelection.For(Owner.Id, busy, NorthPool.Rhythm.DigestSelection.KeyTasks(busy, now, store.Calendar), now, store.Calendar), language));

        var task = store.Tasks.Find("BD-001-2026W48")!;
        var pooled = store.Tasks.Find("OP-001-20261124")!;
        var all = new List<NorthPool.Rhythm.RhythmNotice>
        {
            new(NorthPool.Rhythm.RhythmKind.Reminder, task, Owner.Id, new DateOnly(2026, 11, 24), new TimeOnly(9, 0)),
            new(NorthPool.Rhythm.RhythmKind.Reminder, pooled, "29:lead", new DateOnly(2026, 11, 24), new TimeOnly(7, 0)),
            new(NorthPool.Rhythm.RhythmKind.DueTomorrow, task, Owner.Id),
            new(NorthPool.Rhythm.RhythmKind.Overdue, task, Owner.Id),
            new(NorthPool.Rhythm.RhythmKind.PausedTooLong, store.Tasks.Find("PD-001-2026M11")!, Owner.Id),
            new(NorthPool.Rhythm.RhythmKind.Unclaimed, pooled, "29:lead"),
        };
        foreach (var (notice, i) in all.Select((n, i) => (n, i)))
            yield return ($"rhythm.notice.{notice.Kind.ToString().ToLowerInvariant()}{i}.{tag}", notices.Build([notice], language));
        yield return ($"rhythm.notices.{tag}", notices.Build([.. all, .. all], language));
    }

    // A customer's card new and with a long contact history, and the report whose 五 lists twenty key customers.
    private static async Task<IEnumerable<(string, AdaptiveCard)>> CrmCardsAsync(Language language, string tag)
    {
        using var crm = new Crm.CrmFixture();
        var cards = new NorthPool.Crm.CustomerCardBuilder(new DisplayClock(Options.Create(new LanguageOptions())), crm.Store.Time);
        var gd = await crm.AddAsync("中国移动广东公司", NorthPool.Crm.Industry.Telecom, isKey: true, aliases: "广东移动");
        var gallery = new List<(string, AdaptiveCard)> { ($"customer.new.{tag}", cards.Build(gd, NorthPool.Crm.CustomerRecords.None, language)) };
        for (var i = 0; i < 20; i++)
        {
            var key = i == 0 ? gd : await crm.AddAsync($"重点客户{i:D2}省公司", NorthPool.Crm.Industry.Energy, isKey: true);
            await crm.Visits.RecordAsync(new NorthPool.Crm.Visit
            {
                ById = Owner.Id, ByName = Owner.Name, At = crm.Store.Time.GetUtcNow().AddDays(-i), Summary = "讨论智能客服试点方案，客户希望下周安排现场演示并邀请信息中心负责人参加",
                NextStep = "现场演示", NextStepOn = new DateOnly(2026, 12, 5),
            }, key, Owner, default);
        }
        foreach (var stage in new[] { NorthPool.Crm.OpportunityStage.Proposal, NorthPool.Crm.OpportunityStage.Negotiation })
        {
            await crm.Opportunities.CreateAsync(new NorthPool.Crm.Opportunity
            {
                Title = "智能客服试点（省公司客服中心，一期 2,000 坐席）", Amount = 1_234_500m, Stage = stage, ExpectedClose = new DateOnly(2026, 12, 20),
                OwnerId = Owner.Id, OwnerName = Owner.Name, CreatedAt = crm.Store.Time.GetUtcNow(), UpdatedAt = crm.Store.Time.GetUtcNow(),
            }, gd, Owner, null, default);
        }
        var contract = await crm.Contracts.CreateAsync(new NorthPool.Crm.Contract
        {
            Amount = 1_500_000m, SignedOn = new DateOnly(2026, 11, 20), TermMonths = 12, ProductLine = "NRT-Chat", OwnerId = Owner.Id, OwnerName = Owner.Name,
            CreatedAt = crm.Store.Time.GetUtcNow(),
        }, gd, Owner, null, default);
        await crm.Contracts.RecordReceiptAsync(contract.Id, 300_000m, new DateOnly(2026, 11, 23), Owner, crm.Store.Time.GetUtcNow(), null, default);
        foreach (var (due, wan) in new[] { (new DateOnly(2026, 11, 20), 50m), (new DateOnly(2026, 12, 31), 60m), (new DateOnly(2027, 3, 31), 90m) })
            await crm.Contracts.PlanAsync(contract.Id, wan * NorthPool.Crm.Amount.Wan, due, Owner, crm.Store.Time.GetUtcNow(), null, default);
        foreach (var severity in new[] { NorthPool.Crm.TicketSeverity.Urgent, NorthPool.Crm.TicketSeverity.Low })
        {
            await crm.Tickets.CreateAsync(new NorthPool.Crm.Ticket
            {
                Summary = "智能客服在高峰时段答非所问，客服中心要求本周内给出处理方案并安排回访", Severity = severity, ProductLine = "NRT-Chat",
                OwnerId = Owner.Id, OwnerName = Owner.Name, CreatedAt = crm.Store.Time.GetUtcNow(), UpdatedAt = crm.Store.Time.GetUtcNow(),
            }, gd, Owner, null, default);
        }
        foreach (var (name, title) in new[] { ("王总", "信息中心主任"), ("李经理", "客服中心运营经理（负责智能客服试点的日常对接）") })
            await crm.Contacts.SaveAsync(new NorthPool.Crm.Contact { Name = name, Title = title, Phone = "13800000000", Email = "contact@gd.example.com" }, gd, Owner, null, default);
        var records = new NorthPool.Crm.CustomerRecords(crm.Contacts.Of(gd.Id), crm.Visits.Recent(gd.Id), crm.Opportunities.Of(gd.Id, 10), crm.Contracts.Of(gd.Id, 10), crm.Tickets.OpenOf(gd.Id, 10))
        {
            Due = [.. crm.Contracts.PlanOf(contract.Id).Where(r => !r.Settled)],
        };
        gallery.Add(($"customer.visits.{tag}", cards.Build(gd, records, language)));

        gallery.AddRange(await FormCardsAsync(crm, gd, language, tag));

        using var report = new Reports.ReportFixture();
        var figures = crm.Figures(report.Options).Read(Reports.ReportFixture.At, report.Builder.Zone);
        gallery.Add(($"report.crm.{tag}", report.Card.Build(report.Builder.Build(Reports.ReportFixture.At, null) with { Crm = figures }, language, report.Builder.Zone)));
        return gallery;
    }

    // Every record's form: empty, refused with a message under each field, and (for those that edit) holding a record.
    private static async Task<IEnumerable<(string, AdaptiveCard)>> FormCardsAsync(Crm.CrmFixture crm, NorthPool.Crm.Customer customer, Language language, string tag)
    {
        var db = crm.Store.Db;
        var editor = new NorthPool.Crm.RecordEditor(crm.Store.Writer, new NorthPool.Crm.CrmChangeLog(db, crm.Store.Writer, new NorthPool.Crm.CrmChangeFeed()), crm.Store.Time);
        await crm.Partners.CreateAsync(new NorthPool.Crm.Partner { Name = "华为", Kind = NorthPool.Crm.PartnerKind.Technology, OwnerId = Owner.Id, CreatedAt = crm.Store.Time.GetUtcNow() }, Owner, null, default);
        var forms = new (NorthPool.Crm.CrmForm Form, string? Record)[]
        {
            (new NorthPool.Crm.CustomerForm(crm.Resolver, db, editor, crm.Directory), customer.Label),
            (new NorthPool.Crm.ContactForm(), null),
            (new NorthPool.Crm.VisitForm(db, editor), "#V1"),
            (new NorthPool.Crm.OpportunityForm(crm.Opportunities, db, editor), "#1"),
            (new NorthPool.Crm.ContractForm(crm.Contracts, db, editor), "#C1"),
            (new NorthPool.Crm.ReceiptForm(db, crm.Contracts), "#R1"),
            (new NorthPool.Crm.TicketForm(crm.Tickets, db, editor), "#T1"),
            (new NorthPool.Crm.PartnerForm(crm.Partners, db, editor), "华为"),
        };
        var gallery = new List<(string, AdaptiveCard)>();
        foreach (var (form, record) in forms)
        {
            var fields = form.Fields(language);
            gallery.Add(($"form.{form.Name}.{tag}", NorthPool.Crm.FormCardBuilder.Build(form, NorthPool.Crm.FormTarget.New, fields, language)));
            var refused = NorthPool.Crm.FormValues.Read(fields, new Dictionary<string, string> { ["amount"] = "-1", ["signed"] = "12/01" }, language);
            gallery.Add(($"form.{form.Name}.refused.{tag}", NorthPool.Crm.FormCardBuilder.Build(form, NorthPool.Crm.FormTarget.New, fields, language, refused,
                NorthPool.Crm.CrmTexts.Get(language, NorthPool.Crm.CrmText.FormFix), noticeIsError: true)));
            if (record is not null)
            {
                var found = Assert.IsType<NorthPool.Crm.FormRecord.Found>(form.Find(record, language));
                gallery.Add(($"form.{form.Name}.edit.{tag}", NorthPool.Crm.FormCardBuilder.Build(form, new NorthPool.Crm.FormTarget(found.Id, found.Label), found.Fields, language)));
            }
        }
        var issues = Enumerable.Range(3, 12).Select(row => new NorthPool.Imports.ImportIssue(row, $"客户{row}", "已有 C1 中国移动广东公司")).ToList();
        var preview = new NorthPool.Imports.ImportPreview(5_000, 4_976, issues, [new(2, "", "缺少名称"), new(4, "中石化华南", "行业「汽车」无法识别（可填：通信、能源、石化、其他）")], new object());
        var pending = new NorthPool.Imports.PendingImport("0a1b2c3d", null!, "客户.xlsx", Owner.Id, preview, DateTimeOffset.MaxValue);
        gallery.Add(($"import.preview.{tag}", NorthPool.Imports.ImportCardBuilder.Preview("客户.xlsx", preview, pending, 30, language)));
        gallery.Add(($"import.nothing.{tag}", NorthPool.Imports.ImportCardBuilder.Preview("客户.xlsx", preview with { New = 0 }, null, 30, language)));
        gallery.Add(($"customer.unknown.{tag}", NorthPool.Crm.CustomerCommand.Unresolved(new NorthPool.Crm.CustomerResolution.NotFound("海南电信", []), language).Card!));
        var health = new Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport(new Dictionary<string, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReportEntry>
        {
            ["store"] = new(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, "open", TimeSpan.Zero, null, new Dictionary<string, object> { ["queue"] = 0, ["lastWaitMs"] = 3L }),
            ["scheduler"] = new(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, "ready", TimeSpan.Zero, null, null),
            ["backup"] = new(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, "old", TimeSpan.Zero, null, new Dictionary<string, object> { ["last"] = "northpool-20261127-190000.db", ["ageHours"] = 38.5 }),
        }, TimeSpan.Zero);
        gallery.Add(($"status.{tag}", NorthPool.Operations.StatusCard.Build(health, "1.0.0", new TimeSpan(3, 4, 5, 0), language).Card));
        gallery.Add(($"form.done.{tag}", AdaptiveCard.Saying(NorthPool.Crm.CrmTexts.Get(language, NorthPool.Crm.CrmText.FormSaved, "#1", "广东移动 智能客服", "金额（万元）"))));
        return gallery;
    }

    // The report on a normal day, and on a bad one: 200 more tasks, all overdue, half of them due tomorrow.
    private static async Task<IEnumerable<(string, AdaptiveCard)>> ReportCardsAsync(Language language, string tag)
    {
        using var normal = new Reports.ReportFixture();
        await normal.MoveAsync("BD-003-2026Q4", TaskTrigger.Claim, Reports.ReportFixture.At.AddHours(-1));
        await normal.SetAsync("BD-003-2026Q4", t => t with { DueAt = Reports.ReportFixture.At.AddDays(2) });
        var report = normal.Builder.Build(Reports.ReportFixture.At, null);
        var cards = new List<(string, AdaptiveCard)>
        {
            ($"report.{tag}", normal.Card.Build(report, language, normal.Builder.Zone)),
            ($"report.catchup.{tag}", normal.Card.Build(report with
            {
                CatchUpOf = Reports.ReportFixture.At,
                Undelivered = [new(Reports.ReportFixture.At.AddHours(-14), Interrupted: true), new(Reports.ReportFixture.At.AddHours(-2), Interrupted: false)],
            }, language, normal.Builder.Zone, refreshedAt: Reports.ReportFixture.At)),
        };

        using var thin = new Reports.ReportFixture(new NorthPool.Reports.ReportOptions { Warnings = { MinInFlight = 100 } });
        cards.Add(($"report.poolwarnings.{tag}", thin.Card.Build(thin.Builder.Build(Reports.ReportFixture.At, null), language, thin.Builder.Zone)));

        using var busy = new Reports.ReportFixture();
        var many = Enumerable.Range(100, 200).Select(i => new TaskInstance
        {
            Id = $"BD-{i}", TemplateId = "BD-001-2026W48", Pool = "BD", Title = "省级运营商拓展（华东、华南、西南重点客户）", State = TaskState.InProgress,
            OwnerId = Owner.Id, OwnerName = Owner.Name, ProgressNote = "本周拜访8家，完成6家，下周继续跟进重点客户的签约意向",
            DueAt = i % 2 == 0 ? Reports.ReportFixture.At.AddDays(-1) : Reports.ReportFixture.At.AddHours(20),
            StateSince = Reports.ReportFixture.At.AddDays(-5), UpdatedAt = Reports.ReportFixture.At.AddDays(-5),
        }).ToList();
        await busy.Store.Writer.WriteAsync(() => { foreach (var task in many) busy.Store.Tasks.Insert(task); return many.Count; }, default);
        cards.Add(($"report.200tasks.{tag}", busy.Card.Build(busy.Builder.Build(Reports.ReportFixture.At, null), language, busy.Builder.Zone)));
        return cards;
    }

    // BD-001 in progress with progress and history, PD-001 paused, CS-001 done, EC-001 cancelled, OP-001 pooled.
    private static async Task MoveEveryStateAsync(TestStore store)
    {
        async Task Move(string id, TaskTrigger trigger, string? reason = null, int? progress = null) =>
            await store.Tasks.ApplyAsync(new TaskMove(id, trigger, Owner, TestStore.Start, reason, progress), default);
        foreach (var id in new[] { "BD-001-2026W48", "PD-001-2026M11", "CS-001-20261124", "EC-001-2026M11" })
            await Move(id, TaskTrigger.Claim);
        await Move("BD-001-2026W48", TaskTrigger.Progress, "本周拜访8家，完成6家", 60);
        await Move("BD-001-2026W48", TaskTrigger.Pause, "等待客户反馈");
        await Move("BD-001-2026W48", TaskTrigger.Resume);
        await Move("PD-001-2026M11", TaskTrigger.Pause, "等待 GPU 资源");
        await Move("CS-001-20261124", TaskTrigger.Finish);
        await Move("EC-001-2026M11", TaskTrigger.Cancel, "伙伴战略调整");
        await store.Writer.WriteAsync(() => store.Tasks.Update(store.Tasks.Find("BD-001-2026W48")! with { DueAt = TestStore.Start.AddDays(3), Priority = Priority.P0 }), default);
    }

    // <repo>/artifacts/cards, or NORTHPOOL_CARD_DIR.
    public static string CardFolder()
    {
        if (Environment.GetEnvironmentVariable("NORTHPOOL_CARD_DIR") is { Length: > 0 } configured)
            return configured;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NorthPool.sln")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "cards");
    }
}
