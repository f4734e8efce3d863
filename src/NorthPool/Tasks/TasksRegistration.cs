using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Storage;

namespace NorthPool.Tasks;

public static class TasksRegistration
{
    // The task store, the lookups and lists, and the task verbs with their words, help and permissions.
    public static WebApplicationBuilder AddTasks(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddStoreCollections(TaskCollections.All);
        services.AddSingleton<TaskChangeFeed>();
        services.AddSingleton<TaskStore>();
        services.AddRowChangeHandler<TaskRowChanges>();
        services.AddSingleton<TaskResolver>();
        services.AddSingleton<PoolNames>();
        services.AddSingleton<Localization.DisplayClock>();
        services.AddSingleton<MoveReplies>();
        services.AddSingleton<MoveCommand>();
        services.AddSingleton<MovePresenter>();
        services.AddSingleton<TaskLists>();
        services.AddSingleton<ShowCommand>();
        services.AddSingleton<ListCommand>();
        services.AddSingleton<NewTaskCommand>();
        services.AddSingleton<TaskEditCommand>();
        services.AddSingleton<HistoryCommand>();

        Move(services, TaskTrigger.Claim, ["认领", "领取"], ["claim"], "认领 BD-001 — 认领任务", "claim BD-001 — take a task");
        Move(services, TaskTrigger.Pause, ["暂停"], ["pause"], "暂停 BD-001 等待客户反馈 — 暂停（需原因）", "pause BD-001 waiting for the customer — pause (reason required)");
        Move(services, TaskTrigger.Resume, ["恢复", "继续"], ["resume"], "恢复 BD-001 — 恢复执行", "resume BD-001 — pick it up again");
        Move(services, TaskTrigger.Progress, ["进度"], ["progress"], "进度 BD-001 60% 已拜访3家 — 更新进度", "progress BD-001 60% visited 3 customers — update progress");
        Move(services, TaskTrigger.Log, ["记录"], ["log"], "记录 BD-001 广东移动 拜访 — 数量指标记一次（+2 记两次）", "log BD-001 visited Guangdong Mobile — count one unit toward the quota (+2 for two)");
        Move(services, TaskTrigger.Finish, ["完成"], ["finish", "done"], "完成 BD-001 — 完成任务", "finish BD-001 — mark it done");
        Move(services, TaskTrigger.Cancel, ["取消"], ["cancel"], "取消 BD-001 需求变更 — 取消（需原因；负责人、组长、管理员）", "cancel BD-001 scope changed — cancel (reason required; owner, lead, admin)");
        Move(services, TaskTrigger.Release, ["释放"], ["release"], "释放 BD-001 — 放回任务池（负责人、组长、管理员）", "release BD-001 — put it back in the pool (owner, lead, admin)");

        services.AddVerb(new VerbSpec("show", ["查看"], ["show"])
        {
            HelpZh = "查看 BD-001 — 任务详情（描述、产出、频率、指标、截止）", HelpEn = "show BD-001 — task details (description, output, frequency, quota, due)",
        }, sp => (call, _) => Task.FromResult(sp.GetRequiredService<ShowCommand>().Handle(call.Args, call.Context)));
        services.AddVerb(new VerbSpec("list", ["任务", "列表"], ["list"])
        {
            HelpZh = "任务 [BD|已完成|逾期|P0|@张伟] — 任务列表（按任务池、状态、优先级、负责人）", HelpEn = "list [BD|done|overdue|P0|@Zhang] — tasks by pool, state, priority or owner",
        }, sp => (call, _) => Task.FromResult(sp.GetRequiredService<ListCommand>().List(call.Args, call.Context)));
        services.AddVerb(new VerbSpec("mine", ["我的"], ["mine"])
        {
            HelpZh = "我的 — 我负责的任务", HelpEn = "mine — your tasks",
        }, sp => (call, _) => Task.FromResult(sp.GetRequiredService<ListCommand>().Mine(call.Context)));
        services.AddVerb(new VerbSpec("history", ["历史"], ["history"])
        {
            HelpZh = "历史 BD-001 — 历次实例及结果", HelpEn = "history BD-001 — past instances and how they ended",
        }, sp => (call, _) => Task.FromResult(sp.GetRequiredService<HistoryCommand>().Handle(call)));
        services.AddVerb(new VerbSpec("new", ["新建"], ["new"])
        {
            HelpZh = "新建 BD 拜访广东移动 P1 截止 12-05 — 新建任务（或 新建 CS-002 … 按需开启一个实例）",
            HelpEn = "new BD \"Visit Guangdong Mobile\" P1 due 2026-12-05 — a new task (or new CS-002 … for an on-demand one)",
        }, sp => sp.GetRequiredService<NewTaskCommand>().HandleAsync);
        services.AddVerb(new VerbSpec("assign", ["分派", "指派"], ["assign"])
        {
            Permission = TaskMoveRules.For(TaskTrigger.Assign), ChecksInHandler = true,
            HelpZh = "分派 BD-001 @张伟 — 分派或改派（组长、管理员）", HelpEn = "assign BD-001 @Zhang — give or move a task (leads, admins)",
        }, sp => sp.GetRequiredService<TaskEditCommand>().AssignAsync);
        services.AddVerb(new VerbSpec("priority", ["优先级"], ["priority"])
        {
            Permission = TaskMoveRules.For(TaskTrigger.Prioritise), ChecksInHandler = true,
            HelpZh = "优先级 BD-001 P0 — 调整优先级（组长、管理员、董事长）", HelpEn = "priority BD-001 P0 — set the priority (leads, admins, the chairman)",
        }, sp => sp.GetRequiredService<TaskEditCommand>().PrioritiseAsync);
        services.AddVerb(new VerbSpec("due", ["截止"], ["due"])
        {
            Permission = TaskMoveRules.For(TaskTrigger.Redate), ChecksInHandler = true,
            HelpZh = "截止 BD-001 周五 — 修改截止日期（12-05、明天、下周一…）", HelpEn = "due BD-001 fri — change the due date (12-05, tomorrow, next mon…)",
        }, sp => sp.GetRequiredService<TaskEditCommand>().RedateAsync);
        return builder;
    }

    private static void Move(IServiceCollection services, TaskTrigger trigger, string[] chinese, string[] english, string helpZh, string helpEn) =>
        services.AddVerb(new VerbSpec(CardVerbs.For(trigger), chinese, english)
        {
            Permission = TaskMoveRules.For(trigger), ChecksInHandler = true, HelpZh = helpZh, HelpEn = helpEn,
        }, sp =>
        {
            var (moves, presenter) = (sp.GetRequiredService<MoveCommand>(), sp.GetRequiredService<MovePresenter>());
            return async (call, ct) => presenter.Present(await moves.HandleAsync(trigger, call.Args, call.Text, call.Context, ct), call.Context);
        });
}
