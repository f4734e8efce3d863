using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NorthPool.BotFramework.Outbound;
using NorthPool.Cards;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.CardViews;

// Brings every recorded card of a changed task up to date with PUT, off the turn's path: the change is already
// committed and answered; a card update that fails is logged, and a post Teams no longer has is forgotten.
public sealed partial class TaskCardUpdater(
    TaskStore store,
    TaskCardPosts posts,
    TaskCardBuilder cards,
    CardAudience audience,
    ConnectorClient connector,
    TaskChangeFeed changes,
    ILogger<TaskCardUpdater> logger) : BackgroundService
{
    private readonly Channel<CardUpdate> _queue = Channel.CreateUnbounded<CardUpdate>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(CardUpdate update) => _queue.Writer.TryWrite(update);

    // Changes a member's turn made are queued by the turn itself, with the card it came from and its notice; the
    // pool's own changes (opened, overdue, closed) come through the feed.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ForwardPoolChangesAsync(changes.Subscribe(), stoppingToken), UpdateCardsAsync(stoppingToken));

    private async Task ForwardPoolChangesAsync(ChannelReader<TaskChanged> feed, CancellationToken stoppingToken)
    {
        await foreach (var change in feed.ReadAllAsync(stoppingToken))
        {
            if (change.ActivityId is null)
                Enqueue(new CardUpdate(change.TaskId));
        }
    }

    private async Task UpdateCardsAsync(CancellationToken stoppingToken)
    {
        await foreach (var update in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await UpdateAsync(update, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogUpdateFailed(logger, ex, update.TaskId);
            }
        }
    }

    private async Task UpdateAsync(CardUpdate update, CancellationToken cancellationToken)
    {
        if (store.Find(update.TaskId) is not { } task)
            return;
        // One card per language and notice serves every post of the task.
        var built = new Dictionary<(Language, bool), AdaptiveCard>();
        foreach (var post in posts.For(task.Id).Where(p => p.ActivityId != update.SkipActivityId))
        {
            var notice = post.ActivityId == update.SourceActivityId ? update.SourceNotice : null;
            if (!built.TryGetValue((post.Language, notice is not null), out var generic))
                built[(post.Language, notice is not null)] = generic = cards.Build(task, post.Language, viewer: null, notice);
            var place = new CardPlace(post.ServiceUrl, post.ConversationId, post.ConversationType, null);
            var card = await audience.PersonaliseAsync(generic, task.Id, place, cancellationToken);
            var outcome = await connector.UpdateAsync(
                post.ServiceUrl, post.ConversationId, post.ActivityId,
                CardMessage.For(card), cancellationToken);
            if (outcome.Status == SendStatus.NotFound)
                await posts.ForgetAsync(post.Id, cancellationToken);
            else if (!outcome.IsSuccess)
                LogPutFailed(logger, task.Id, post.ConversationId, outcome.HttpStatus, outcome.Error);
        }
    }

    [LoggerMessage(LogLevel.Error, "Updating the cards of {TaskId} failed")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, string taskId);

    [LoggerMessage(LogLevel.Warning, "Card of {TaskId} in {ConversationId} not updated: {HttpStatus} {Error}")]
    private static partial void LogPutFailed(ILogger logger, string taskId, string conversationId, int httpStatus, string? error);
}
