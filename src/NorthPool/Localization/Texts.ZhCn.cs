namespace NorthPool.Localization;

internal static class TextsZhCn
{
    public static readonly IReadOnlyDictionary<TextId, string> All = new Dictionary<TextId, string>
    {
        [TextId.StatePooled] = "待分配",
        [TextId.StateInProgress] = "执行中",
        [TextId.StatePaused] = "暂停",
        [TextId.StateDone] = "已完成",
        [TextId.StateCancelled] = "已取消",
        [TextId.VerbClaim] = "认领",
        [TextId.VerbPause] = "暂停",
        [TextId.VerbResume] = "恢复",
        [TextId.VerbFinish] = "完成",
        [TextId.VerbCancel] = "取消",
        [TextId.VerbRelease] = "释放",
        [TextId.VerbProgress] = "进度",
        [TextId.Claimed] = "✅ 已认领 {0}，状态：{1}。完成后发送 “完成 {2}”。",
        [TextId.Paused] = "⏸️ 已暂停 {0}，原因：{1}。恢复请发送 “恢复 {2}”。",
        [TextId.Resumed] = "▶️ 已恢复 {0}，状态：{1}。",
        [TextId.Finished] = "🎉 已完成 {0}。辛苦了！",
        [TextId.Cancelled] = "🛑 已取消 {0}，原因：{1}。",
        [TextId.Released] = "↩️ 已释放 {0}，任务回到任务池（{1}）。",
        [TextId.ProgressUpdated] = "📈 {0} 进度已更新为 {1}%{2}。",
        [TextId.TaskNotFound] = "找不到任务 “{0}”。发送 “任务” 查看全部任务。",
        [TextId.TaskNotFoundSuggestions] = "找不到任务 “{0}”。您是不是想找：{1}？",
        [TextId.TaskAmbiguous] = "“{0}” 对应多个任务：{1}。请用任务编号再试一次。",
        [TextId.MissingTaskId] = "请指定任务，例如：{0}",
        [TextId.IllegalMove] = "无法{0} {1}：当前状态为 “{2}”。当前可执行：{3}。",
        [TextId.NoMovesAllowed] = "无（任务已结束）",
        [TextId.Forbidden] = "只有负责人 {0} 可以{1} {2}。",
        [TextId.ForbiddenCancel] = "只有负责人 {0} 或管理员可以取消 {1}。",
        [TextId.AlreadyClaimed] = "{0} 已被 {1} 认领（{2}），您无法再认领。",
        [TextId.AlreadyYours] = "{0} 已经由您负责（{1}）。",
        [TextId.ReasonRequired] = "{0}需要填写原因，例如：{1}",
        [TextId.ProgressInvalid] = "进度必须是 0 到 100 之间的整数，例如：{0}",
        [TextId.UnknownCommand] = "未知命令 “{0}”。您是不是想输入 “{1}”？发送 “帮助” 查看全部命令。",
        [TextId.TextTooLong] = "消息过长（{0} 字），最多 {1} 字。未做任何更改。",
        [TextId.EmptyCommand] = "请输入命令，发送 “帮助” 查看全部命令。",
        [TextId.Help] = """
            **NorthPool 任务池命令**（可加 “/”，中英文均可）

            - 认领 BD-001 — 认领任务
            - 暂停 BD-001 等待客户反馈 — 暂停（需原因）
            - 恢复 BD-001 — 恢复执行
            - 进度 BD-001 60% 已拜访3家 — 更新进度
            - 完成 BD-001 — 完成任务
            - 取消 BD-001 需求变更 — 取消（需原因）
            - 释放 BD-001 — 放回任务池
            - 查看 BD-001 — 任务详情
            - 任务 [BD] — 任务列表（可按任务池）
            - 我的 — 我负责的任务
            - 语言 zh|en — 切换语言
            - 汇报 [文本|刷新] — 当前进度汇报（卡片、纯文本，或刷新已发出的汇报：仅管理员和董事长）
            - 指示 BD-003 本周提交投标文件 — 董事长下达指示
            """,
        [TextId.ListEmpty] = "{0}：暂无在途任务。",
        [TextId.PoolNotFound] = "找不到任务池 “{0}”。可用：{1}。",
        [TextId.MineHeader] = "👤 您负责的任务（{0} 个）",
        [TextId.MineEmpty] = "您目前没有负责的任务。发送 “任务” 看看任务池，再 “认领 BD-001”。",
        [TextId.ShowUnassigned] = "未分配",
        [TextId.ShowNoHistory] = "暂无记录",
        [TextId.HistoryLine] = "{0} {1} {2}：{3} → {4}{5}",
        [TextId.LanguageSet] = "好的，今后用中文回复您。",
        [TextId.LanguageInvalid] = "请指定语言 zh 或 en，例如：语言 en",
        [TextId.Welcome] = "您好，我是 NorthPool 任务池助手。发送 “帮助” 查看命令，例如 “认领 BD-001”。",
        [TextId.UnknownCardAction] = "无法识别的卡片操作，未做任何更改。",
        [TextId.ButtonClaim] = "认领",
        [TextId.ButtonPause] = "暂停",
        [TextId.ButtonResume] = "恢复",
        [TextId.ButtonFinish] = "完成",
        [TextId.ButtonCancel] = "取消任务",
        [TextId.ButtonRelease] = "释放",
        [TextId.ButtonProgress] = "更新进度",
        [TextId.ButtonConfirmPause] = "确认暂停",
        [TextId.ButtonConfirmCancel] = "确认取消",
        [TextId.ButtonSaveProgress] = "保存进度",
        [TextId.ButtonOpen] = "打开",
        [TextId.ButtonPreviousPage] = "上一页",
        [TextId.ButtonNextPage] = "下一页",
        [TextId.ButtonMine] = "我的任务",
        [TextId.ButtonList] = "任务列表",
        [TextId.LabelPauseReason] = "暂停原因",
        [TextId.LabelCancelReason] = "取消原因",
        [TextId.PlaceholderReason] = "例如：等待客户反馈",
        [TextId.ErrorReasonRequired] = "请填写原因",
        [TextId.LabelProgress] = "进度（0–100）",
        [TextId.ErrorProgressRange] = "请输入 0 到 100 之间的整数",
        [TextId.LabelNote] = "进展说明（可选）",
        [TextId.PlaceholderNote] = "例如：本周拜访8家，完成6家",
        [TextId.FactOwner] = "负责人",
        [TextId.FactPriority] = "优先级",
        [TextId.FactProgress] = "进度",
        [TextId.FactDue] = "截止",
        [TextId.CardHistory] = "最近记录",
        [TextId.PriorityP0] = "P0 · 最高",
        [TextId.PriorityP1] = "P1 · 高",
        [TextId.PriorityP2] = "P2 · 中",
        [TextId.PriorityP3] = "P3 · 低",
        [TextId.ListPage] = "第 {0}/{1} 页 · 共 {2} 个",
        [TextId.ListTitleAll] = "📋 在途任务",
        [TextId.TaskSummary] = "{0} · {1}",
        [TextId.HelpCardTitle] = "NorthPool 任务池命令",
        [TextId.HelpCardIntro] = "在聊天中输入命令（可加 “/”，中英文均可；群聊和频道里请 @NorthPool），或点任务卡片上的按钮。",
        [TextId.ReportChannelSet] = "✅ 已将本频道设为汇报频道：每天 {0} 点（{1}）在这里发送进度汇报。",
        [TextId.ReportChannelForbidden] = "只有管理员可以设置汇报频道。",
        [TextId.ReportRefreshed] = "已更新 {0} 的汇报卡片（数据截至 {1}）。",
        [TextId.ReportNothingToRefresh] = "还没有发送过定时汇报，无法刷新。发送 “汇报” 查看当前汇报。",
        [TextId.ReportRefreshForbidden] = "只有管理员或董事长可以刷新汇报卡片。",
        [TextId.ReportUnknownMode] = "没有“{0}”这种汇报方式。可用：汇报（卡片）、汇报 文本（text）、汇报 刷新（refresh）。",
        [TextId.InstructionRecorded] = "📝 已记录指示 #{0}，负责人：{1}，已私信通知。",
        [TextId.InstructionNoOwner] = "📝 已记录指示 #{0}，但找不到负责人：请 @负责人 或写明已认领的任务编号。",
        [TextId.InstructionNotChairman] = "只有董事长可以下达指示。",
        [TextId.InstructionEmpty] = "请写明指示内容，例如：/指示 BD-003 本周内提交投标文件",
        [TextId.DirectiveAcked] = "已收到指示 #{0}，状态：进行中。",
        [TextId.DirectiveFulfilled] = "指示 #{0} 已落实，谢谢！",
        [TextId.DirectiveNotFound] = "找不到指示 #{0}。",
        [TextId.DirectiveForbidden] = "只有负责人或董事长可以更新指示 #{0}。",
        [TextId.ChairmanSet] = "已将 {0} 设为董事长，今后只有 TA 可以下达指示。",
        [TextId.ChairmanUsage] = "请 @ 要设为董事长的成员，例如：/设为董事长 @王董事长",
        [TextId.ChairmanForbidden] = "只有管理员可以设定董事长。",
    };
}
