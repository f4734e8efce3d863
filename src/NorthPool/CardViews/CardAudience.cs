using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Outbound;
using NorthPool.BotFramework.Schema;
using NorthPool.Cards;

namespace NorthPool.CardViews;

// Who should get their own version of a task card (Teams user-specific views): the member in a personal chat, the
// roster of a group chat or channel while it has at most 60 members. Rosters are cached for ten minutes.
public sealed class CardAudience(
    ConnectorClient connector,
    IOptions<CardOptions> cardOptions,
    IOptions<BotFrameworkOptions> botOptions,
    TimeProvider timeProvider)
{
    public const int MaxRefreshUsers = 60;
    private static readonly TimeSpan RosterLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<string>? Ids)> _rosters = new(StringComparer.Ordinal);

    public bool Enabled => cardOptions.Value.UserSpecificViews ?? botOptions.Value.HasAppId;

    public async Task<AdaptiveCard> PersonaliseAsync(AdaptiveCard card, string taskId, CardPlace place, CancellationToken cancellationToken)
    {
        if (!Enabled)
            return card;
        var users = place.ConversationType == "personal" && place.UserId is not null
            ? [place.UserId]
            : await RosterAsync(place, cancellationToken);
        return users is { Count: > 0 } ? TaskCardBuilder.WithRefresh(card, taskId, users) : card;
    }

    private async Task<IReadOnlyList<string>?> RosterAsync(CardPlace place, CancellationToken cancellationToken)
    {
        var conversation = ConversationIds.ChannelOf(place.ConversationId);
        var now = timeProvider.GetUtcNow();
        if (_rosters.TryGetValue(conversation, out var cached) && now - cached.At < RosterLifetime)
            return cached.Ids;
        var (outcome, members) = await connector.GetMembersAsync(place.ServiceUrl, conversation, cancellationToken);
        IReadOnlyList<string>? ids = outcome.IsSuccess && members.Count <= MaxRefreshUsers ? members.Select(m => m.Id).ToList() : null;
        _rosters[conversation] = (now, ids);
        return ids;
    }
}

// Where a card is or will be: enough to post or update it and to know its audience.
public sealed record CardPlace(string ServiceUrl, string ConversationId, string? ConversationType, string? UserId);
