using NorthPool.Localization;

namespace NorthPool.Commands;

// Every registered verb and every word for it, in registration order (the order of the help card).
public sealed class VerbRegistry
{
    private readonly Dictionary<string, VerbAlias> _byWord;
    private readonly VerbAlias[] _chineseByLength;

    public VerbRegistry(IEnumerable<IVerb> verbs)
    {
        Verbs = verbs.ToList();
        Aliases =
        [
            .. Verbs.SelectMany(v => v.Spec.EnglishWords.Select(w => new VerbAlias(w, v, Language.EnUs))),
            .. Verbs.SelectMany(v => v.Spec.ChineseWords.Select(w => new VerbAlias(w, v, Language.ZhCn))),
        ];
        var duplicate = Aliases.GroupBy(a => a.Word, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"The command word '{duplicate.Key}' is registered by two verbs: {string.Join(", ", duplicate.Select(a => a.Verb.Spec.Name))}");
        _byWord = Aliases.ToDictionary(a => a.Word, StringComparer.OrdinalIgnoreCase);
        // Chinese verbs may be glued to what follows ("认领BD-001"); try the longest first.
        _chineseByLength = Aliases.Where(a => a.Language == Language.ZhCn).OrderByDescending(a => a.Word.Length).ToArray();
    }

    public IReadOnlyList<IVerb> Verbs { get; }

    public IReadOnlyList<VerbAlias> Aliases { get; }

    public VerbAlias? Find(string word) => _byWord.GetValueOrDefault(word);

    public VerbAlias? FindChinesePrefix(string text) =>
        _chineseByLength.FirstOrDefault(a => text.StartsWith(a.Word, StringComparison.Ordinal));

    public IVerb? ByName(string name) => _byWord.TryGetValue(name, out var alias) && alias.Language == Language.EnUs ? alias.Verb : null;

    // The word shown for a verb in a language.
    public string Word(string name, Language language)
    {
        var spec = ByName(name)?.Spec ?? throw new ArgumentException($"no verb '{name}'", nameof(name));
        return language == Language.ZhCn ? spec.ChineseWords[0] : spec.EnglishWords[0];
    }

    // "example — what it does", one line per verb that has help.
    public IReadOnlyList<string> HelpLines(Language language) =>
        Verbs.Select(v => language == Language.ZhCn ? v.Spec.HelpZh : v.Spec.HelpEn).OfType<string>().ToList();
}
