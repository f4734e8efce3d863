using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Commands;

public static class MoveExamples
{
    public static string For(TaskTrigger trigger, Language language) => (trigger, language) switch
    {
        (TaskTrigger.Pause, Language.ZhCn) => "暂停 BD-001 等待客户反馈",
        (TaskTrigger.Pause, _) => "pause BD-001 waiting for the customer",
        (TaskTrigger.Cancel, Language.ZhCn) => "取消 BD-001 需求变更",
        (TaskTrigger.Cancel, _) => "cancel BD-001 scope changed",
        (TaskTrigger.Progress, Language.ZhCn) => "进度 BD-001 60% 已拜访3家",
        (TaskTrigger.Progress, _) => "progress BD-001 60% visited 3 customers",
        (TaskTrigger.Log, Language.ZhCn) => "记录 BD-001 广东移动 拜访",
        (TaskTrigger.Log, _) => "log BD-001 visited Guangdong Mobile",
        _ => $"{Texts.Verb(language, trigger)} BD-001",
    };
}
