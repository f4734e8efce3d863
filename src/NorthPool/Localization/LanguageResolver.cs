using Microsoft.Extensions.Options;
using NorthPool.Members;

namespace NorthPool.Localization;

// The member's own choice, else the language of the command as typed, else the activity's locale, else the default.
public sealed class LanguageResolver(MemberPreferenceStore preferences, IOptions<LanguageOptions> options)
{
    public Language Resolve(string memberId, Language? typed, string? locale) =>
        preferences.Language(memberId)
        ?? typed
        ?? LanguageExtensions.FromTag(locale)
        ?? LanguageExtensions.FromTag(options.Value.DefaultLanguage)
        ?? Language.ZhCn;
}
