using NorthPool.Localization;

namespace NorthPool.Commands;

// Every word a member may type for a verb, and the language that word tells us the member writes in.
public static class CommandSyntax
{
    public static readonly IReadOnlyList<VerbAlias> Aliases =
    [
        new("claim", Verb.Claim, Language.EnUs), new("认领", Verb.Claim, Language.ZhCn), new("领取", Verb.Claim, Language.ZhCn),
        new("pause", Verb.Pause, Language.EnUs), new("暂停", Verb.Pause, Language.ZhCn),
        new("resume", Verb.Resume, Language.EnUs), new("恢复", Verb.Resume, Language.ZhCn), new("继续", Verb.Resume, Language.ZhCn),
        new("finish", Verb.Finish, Language.EnUs), new("done", Verb.Finish, Language.EnUs), new("完成", Verb.Finish, Language.ZhCn),
        new("cancel", Verb.Cancel, Language.EnUs), new("取消", Verb.Cancel, Language.ZhCn),
        new("release", Verb.Release, Language.EnUs), new("释放", Verb.Release, Language.ZhCn),
        new("progress", Verb.Progress, Language.EnUs), new("进度", Verb.Progress, Language.ZhCn),
        new("log", Verb.Log, Language.EnUs), new("记录", Verb.Log, Language.ZhCn),
        new("show", Verb.Show, Language.EnUs), new("查看", Verb.Show, Language.ZhCn),
        new("list", Verb.List, Language.EnUs), new("任务", Verb.List, Language.ZhCn), new("列表", Verb.List, Language.ZhCn),
        new("mine", Verb.Mine, Language.EnUs), new("我的", Verb.Mine, Language.ZhCn),
        new("help", Verb.Help, Language.EnUs), new("帮助", Verb.Help, Language.ZhCn),
        new("lang", Verb.Lang, Language.EnUs), new("language", Verb.Lang, Language.EnUs), new("语言", Verb.Lang, Language.ZhCn),
        new("report", Verb.Report, Language.EnUs), new("汇报", Verb.Report, Language.ZhCn),
        new("report-here", Verb.ReportHere, Language.EnUs), new("设为汇报频道", Verb.ReportHere, Language.ZhCn),
        new("instruct", Verb.Instruct, Language.EnUs), new("指示", Verb.Instruct, Language.ZhCn),
        new("ack", Verb.Acknowledge, Language.EnUs), new("收到", Verb.Acknowledge, Language.ZhCn),
        new("fulfil", Verb.Fulfil, Language.EnUs), new("已落实", Verb.Fulfil, Language.ZhCn),
        new("set-chairman", Verb.SetChairman, Language.EnUs), new("设为董事长", Verb.SetChairman, Language.ZhCn),
    ];

    private static readonly Dictionary<string, VerbAlias> ByWord =
        Aliases.ToDictionary(a => a.Word, StringComparer.OrdinalIgnoreCase);

    // Chinese verbs may be glued to what follows ("认领BD-001"); try the longest first.
    private static readonly VerbAlias[] ChineseByLength =
        Aliases.Where(a => a.Language == Language.ZhCn).OrderByDescending(a => a.Word.Length).ToArray();

    public static VerbAlias? Find(string word) => ByWord.GetValueOrDefault(word);

    public static VerbAlias? FindChinesePrefix(string text) =>
        ChineseByLength.FirstOrDefault(a => text.StartsWith(a.Word, StringComparison.Ordinal));

    public static string Word(Verb verb, Language language) =>
        Aliases.First(a => a.Verb == verb && a.Language == language).Word;
}

public sealed record VerbAlias(string Word, Verb Verb, Language Language);
