using NorthPool.Members;

namespace NorthPool.Commands;

// Name is the English word, also what card buttons send. Words are what members may type, per language (the first
// is the one shown). Help is "example — what it does". Action names the deed in a refusal, {0} being the task
// ("更新 {0} 的进度" → "只有负责人 张伟 可以更新 [BD-011-2026W48] 南方电网拓展 的进度。"). The dispatcher checks
// Permission before the handler runs, except for verbs that check it themselves (ChecksInHandler): task moves check in the unit of work that
// applies them, where the task's owner and pool are known for sure.
public sealed record VerbSpec(string Name, IReadOnlyList<string> ChineseWords, IReadOnlyList<string> EnglishWords)
{
    public Permission Permission { get; init; } = Permission.Anyone;
    public bool ChecksInHandler { get; init; }
    public string? HelpZh { get; init; }
    public string? HelpEn { get; init; }
    public string ActionZh { get; init; } = "";
    public string ActionEn { get; init; } = "";

    public string Action(Localization.Language language, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, language == Localization.Language.ZhCn ? ActionZh : ActionEn, args);
}
