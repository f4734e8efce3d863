using NorthPool.Commands;

namespace NorthPool.Operations;

// 设为告警频道 / alerts-here (admins, in a team channel): the alerts go to this channel from now on.
public sealed class AlertChannelCommand(AlertCenter alerts)
{
    public async Task<Reply> RegisterAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var context = call.Context;
        if (context.Activity is not { Conversation.ConversationType: "channel" } activity)
            return new Reply(AlertTexts.ChannelOnlyInChannel(context.Language));
        await alerts.RegisterAsync(activity, context.Member.Id, cancellationToken);
        return new Reply(AlertTexts.ChannelSet(context.Language));
    }
}
