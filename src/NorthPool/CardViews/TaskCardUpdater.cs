using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Outbound;
using NorthPool.Cards;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.CardViews;

// Brings every recorded card of a changed task up to date with PUT, off the turn's path. Every committed change is
// queued at the commit (TaskChangeFeed.OnCommit); a member's turn holds its own changes' updates briefly to add what
// only it knows (CardTurn). Updates coalesce per task while they wait, then fan out into one round per conversation;
// conversations are updated a few at a time, each one's PUTs in order, so a slow conversation delays only itself.
// A post Teams no longer has is forgotten; any other failure is logged.
public sealed partial class TaskCardUpdater : BackgroundService
{
    private readonly TaskStore _store;
    private readonly TaskCardPosts _posts;
    private readonly TaskCardBuilder _cards;
    private readonly CardAudience _audience;
    private readonly ConnectorClient _connector;
    private readonly Operations.NorthPoolMetrics _metrics;
    private readonly ILogger<TaskCardUpdater> _logger;
    private readonly CoalescingQueue<string, CardUpdate> _tasks;
    private readonly CoalescingQueue<(string ConversationId, string TaskId), CardRound> _rounds;
    private readonly HeldTurns _turns;

    public TaskCardUpdater(
        TaskStore store,
        TaskCardPosts posts,
        TaskCardBuilder cards,
        CardAudience audience,
        ConnectorClient connector,
        TaskChangeFeed changes,
        IOptions<CardOptions> options,
        Operations.NorthPoolMetrics metrics,
        TimeProvider timeProvider,
        ILogger<TaskCardUpdater> logger)
    {
        (_store, _posts, _cards, _audience, _connector, _metrics, _logger) = (store, posts, cards, audience, connector, metrics, logger);
        // Fanning out is a read of the task's posts: one worker keeps up, and bursts coalesce before it.
        _tasks = new(_ => "", CardUpdate.Latest, maxConcurrency: 1);
        _rounds = new(key => key.ConversationId, CardRound.Latest, options.Value.UpdateConcurrency);
        _turns = new HeldTurns(timeProvider, options.Value.TurnHold, Enqueue);
        // From construction, not start: a change committed before the workers run waits for them.
        changes.OnCommit(OnCommitted);
    }

    // Call before the turn can change a task; release with the turn's extras (or dispose) when it has them.
    public CardTurn BeginTurn(string? activityId) =>
        activityId is not null && _turns.Begin(activityId) ? new CardTurn(_turns, activityId) : CardTurn.None;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            _tasks.RunAsync(FanOutAsync, (taskId, ex) => LogUpdateFailed(_logger, ex, taskId, null), stoppingToken),
            _rounds.RunAsync(UpdateAsync, (key, ex) => LogUpdateFailed(_logger, ex, key.TaskId, key.ConversationId), stoppingToken));

    private void OnCommitted(TaskChanged change)
    {
        if (change.Remote)
            return;
        if (!_turns.TryHold(change))
            Enqueue(new CardUpdate(change.TaskId, change.Version));
    }

    private void Enqueue(CardUpdate update) => _tasks.Enqueue(update.TaskId, update);

    // The posts are read when the update is taken, so they include every post recorded until then.
    private Task FanOutAsync(string taskId, CardUpdate update, CancellationToken cancellationToken)
    {
        foreach (var posts in _posts.For(taskId).GroupBy(p => p.ConversationId, StringComparer.Ordinal))
            _rounds.Enqueue((posts.Key, taskId), new CardRound(update, posts.ToList()));
        return Task.CompletedTask;
    }

    private async Task UpdateAsync((string ConversationId, string TaskId) key, CardRound round, CancellationToken cancellationToken)
    {
        if (_store.Find(key.TaskId) is not { } task)
            return;
        var update = round.Update;
        var withExtras = update.AppliesExtrasTo(task.Version);
        // One card per language and notice serves every post of the round.
        var built = new Dictionary<(Language, bool), AdaptiveCard>();
        foreach (var post in round.Posts)
        {
            if (withExtras && post.ActivityId == update.SkipActivityId)
                continue;
            var notice = withExtras && post.ActivityId == update.SourceActivityId ? update.SourceNotice : null;
            if (!built.TryGetValue((post.Language, notice is not null), out var generic))
                built[(post.Language, notice is not null)] = generic = _cards.Build(task, post.Language, viewer: null, notice);
            try
            {
                var place = new CardPlace(post.ServiceUrl, post.ConversationId, post.ConversationType, null);
                var card = await _audience.PersonaliseAsync(generic, task.Id, place, cancellationToken);
                var outcome = await _connector.UpdateAsync(post.ServiceUrl, post.ConversationId, post.ActivityId, CardMessage.For(card), cancellationToken);
                _metrics.CardUpdate(outcome.IsSuccess ? "updated" : outcome.Status == SendStatus.NotFound ? "gone" : "failed");
                if (outcome.Status == SendStatus.NotFound)
                    await _posts.ForgetAsync(post.Id, cancellationToken);
                else if (!outcome.IsSuccess)
                    LogPutFailed(_logger, task.Id, post.ConversationId, outcome.HttpStatus, outcome.Error);
            }
            catch (Exception ex) when (ConnectorResilience.IsUnreachable(ex) && !cancellationToken.IsCancellationRequested)
            {
                // The rest of this conversation's round would most likely fail the same way; the next change retries.
                LogUnreachable(_logger, task.Id, post.ConversationId, ex.GetType().Name, ex.Message);
                return;
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "Updating the cards of {TaskId} in {ConversationId} failed")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, string taskId, string? conversationId);

    [LoggerMessage(LogLevel.Warning, "Card of {TaskId} in {ConversationId} not updated: {HttpStatus} {Error}")]
    private static partial void LogPutFailed(ILogger logger, string taskId, string conversationId, int httpStatus, string? error);

    [LoggerMessage(LogLevel.Warning, "Cards of {TaskId} in {ConversationId} not updated: connector unreachable ({Failure}: {Reason})")]
    private static partial void LogUnreachable(ILogger logger, string taskId, string conversationId, string failure, string reason);
}
