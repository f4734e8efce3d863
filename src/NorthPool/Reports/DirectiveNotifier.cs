using NorthPool.BotFramework.Schema;
using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Proactive;

namespace NorthPool.Reports;

// Puts an instruction in its owner's personal chat (the one the bot has with them, else a new one).
public sealed class DirectiveNotifier(PersonalChats chats, DirectiveCard cards)
{
    public async Task<bool> NotifyAsync(Directive directive, Activity from, Language language, CancellationToken cancellationToken)
    {
        var card = CardMessage.For(cards.Build(directive, language), ReportTexts.Get(language, ReportText.DirectiveTitle, directive.Id));
        var outcome = await chats.SendAsync(directive.OwnerId!, card, ConversationReference.From(from), cancellationToken);
        return outcome.IsSuccess;
    }
}
