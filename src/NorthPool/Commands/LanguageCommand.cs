using NorthPool.Localization;
using NorthPool.Members;

namespace NorthPool.Commands;

public sealed class LanguageCommand(MemberPreferenceStore preferences)
{
    public async Task<Reply> HandleAsync(string args, CommandContext context, CancellationToken cancellationToken)
    {
        if (LanguageExtensions.FromTag(args) is not { } chosen)
            return new Reply(Texts.Get(context.Language, TextId.LanguageInvalid));
        await preferences.SetLanguageAsync(context.Member.Id, chosen, cancellationToken);
        return new Reply(Texts.Get(chosen, TextId.LanguageSet));
    }
}
