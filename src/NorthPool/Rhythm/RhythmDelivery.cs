using Microsoft.Extensions.Logging;
using NorthPool.Cards;
using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Proactive;

namespace NorthPool.Rhythm;

// Puts rhythm messages in members' personal chats, each exactly once: its row is claimed as Sending before the send
// and settled Sent or Failed after (a failed one is tried again by a later run, up to RhythmSend.MaxAttempts; one
// left Sending by a crash never is). In the quiet hours a non-P0 notice is recorded Held instead, for the first scan
// after them.
public sealed partial class RhythmDelivery(
    RhythmSends sends,
    PersonalChats chats,
    ConversationReferenceStore conversations,
    LanguageResolver languages,
    NoticeCardBuilder notices,
    DigestCardBuilder digests,
    QuietHours quiet,
    TimeProvider timeProvider,
    ILogger<RhythmDelivery> logger)
{
    // The most notices one card carries; the rest wait for the next scan.
    public const int MaxNoticesPerCard = 12;

    public Language LanguageOf(string memberId) =>
        languages.Resolve(memberId, typed: null, conversations.FindPersonal(memberId)?.Locale);

    // Sends the notices of one member that are due and not yet sent, as one card. Returns how many were sent.
    public async Task<int> DeliverAsync(string memberId, IReadOnlyList<RhythmNotice> candidates, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var isQuiet = quiet.IsQuiet(now);
        var byId = candidates.DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var claimed = await sends.ClaimAsync(
            byId.Values.Select(n => n.ToRow()).ToList(),
            row => isQuiet && !byId[row.Id].BreaksQuiet,
            MaxNoticesPerCard,
            now,
            cancellationToken);
        if (claimed.Count == 0)
            return 0;

        var language = LanguageOf(memberId);
        var chosen = claimed.Select(r => byId[r.Id]).ToList();
        var card = notices.Build(chosen, language);
        var sent = await SendAsync(memberId, card, notices.Summary(chosen, language), claimed, cancellationToken);
        return sent ? claimed.Count : 0;
    }

    // The member's digest of the day, once.
    public async Task<bool> DeliverDigestAsync(MorningDigest digest, CancellationToken cancellationToken)
    {
        var day = digest.Day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var row = new RhythmSend { Id = $"digest|{day}|{digest.MemberId}", Kind = RhythmKind.Digest, MemberId = digest.MemberId, Day = day };
        var claimed = await sends.ClaimAsync([row], _ => false, 1, timeProvider.GetUtcNow(), cancellationToken);
        if (claimed.Count == 0)
        {
            LogAlreadySent(logger, row.Id);
            return false;
        }
        var language = LanguageOf(digest.MemberId);
        return await SendAsync(digest.MemberId, digests.Build(digest, language), DigestCardBuilder.Summary(digest, language), claimed, cancellationToken);
    }

    private async Task<bool> SendAsync(string memberId, AdaptiveCard card, string summary, IReadOnlyList<RhythmSend> claimed, CancellationToken cancellationToken)
    {
        var outcome = await chats.SendAsync(memberId, CardMessage.For(card, summary), via: null, cancellationToken);
        var finished = timeProvider.GetUtcNow();
        var settled = claimed.Select(r => outcome.IsSuccess
            ? r with { Status = RhythmSendStatus.Sent, ActivityId = outcome.ActivityId, FinishedAt = finished }
            : r with { Status = RhythmSendStatus.Failed, Error = $"{outcome.HttpStatus} {outcome.Error}", FinishedAt = finished }).ToList();
        // Settled even when the caller gave up: the message has left (or failed) and must not be sent again.
        await sends.SettleAsync(settled, CancellationToken.None);
        if (outcome.IsSuccess)
            LogSent(logger, memberId, claimed.Count, string.Join(", ", claimed.Select(r => r.Id)));
        else
            LogFailed(logger, memberId, outcome.HttpStatus, outcome.Error);
        return outcome.IsSuccess;
    }

    [LoggerMessage(LogLevel.Information, "Rhythm message to {MemberId} sent ({Count}: {SendIds})")]
    private static partial void LogSent(ILogger logger, string memberId, int count, string sendIds);

    [LoggerMessage(LogLevel.Warning, "Rhythm message to {MemberId} failed: {HttpStatus} {Error}")]
    private static partial void LogFailed(ILogger logger, string memberId, int httpStatus, string? error);

    [LoggerMessage(LogLevel.Debug, "Rhythm message {SendId} already has a row; not sending again")]
    private static partial void LogAlreadySent(ILogger logger, string sendId);
}
