using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Schema;
using NorthPool.Proactive;
using NorthPool.Storage;

namespace NorthPool.Reports;

// Where reports go: the channel an admin registered with /设为汇报频道, else Reports:ChannelConversationId, whose
// reference the bot stored when it was installed there.
public sealed class ReportChannels(NorthPoolDb db, StoreWriter writer, ConversationReferenceStore conversations, IOptions<ReportOptions> options, TimeProvider timeProvider)
{
    public ReportChannel? Current()
    {
        if (db.ReportChannels.FindById(ReportChannel.CurrentId) is { } registered)
            return registered;
        if (options.Value.ChannelConversationId is { Length: > 0 } configured && conversations.FindChannel(configured) is { } reference)
            return new ReportChannel { Reference = reference };
        return null;
    }

    public async Task<ReportChannel> RegisterAsync(Activity activity, string memberId, CancellationToken cancellationToken)
    {
        var channel = new ReportChannel
        {
            Reference = ConversationReferenceStore.ChannelOf(activity),
            RegisteredBy = memberId,
            RegisteredAt = timeProvider.GetUtcNow(),
        };
        await writer.WriteAsync(() => db.ReportChannels.Upsert(channel), cancellationToken);
        return channel;
    }
}
