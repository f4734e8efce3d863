using NorthPool.BotFramework.Schema;
using NorthPool.Members;

namespace NorthPool.Commands;

// Origin: the card whose button sent this, if any. A button's verb says nothing about the language the member writes in.
public sealed record CommandRequest(string Text, Member Member, string? Locale, string? ActivityId, CardOrigin? Origin = null, bool OnlyMemberSees = true)
{
    // The activity the command came in, for commands about the conversation itself (/设为汇报频道).
    public Activity? Activity { get; init; }

    public bool FromCard => Origin is not null;
}
