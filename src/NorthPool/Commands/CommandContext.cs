using NorthPool.Localization;
using NorthPool.BotFramework.Schema;
using NorthPool.Members;

namespace NorthPool.Commands;

// Origin is null for typed commands. OnlyMemberSees: the answer reaches only this member (a personal chat, or the
// response to a card button), so a card may show this member's own buttons.
public sealed record CommandContext(Member Member, Language Language, string? ActivityId, CardOrigin? Origin = null, bool OnlyMemberSees = true)
{
    public Member? Viewer => OnlyMemberSees ? Member : null;

    public Activity? Activity { get; init; }
}
