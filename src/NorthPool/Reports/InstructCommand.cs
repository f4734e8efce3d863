using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Tasks;

namespace NorthPool.Reports;

// "/指示 …" or the report card's input: a chairman's instruction becomes a directive with an owner — the member
// @mentioned, else the owner of the first named task, else that task's pool lead — who gets it in a personal chat.
// "收到 #3" / "已落实 #3" (or the buttons on that card) move it on. "/设为董事长 @name" lets an admin name the chairman.
public sealed partial class InstructCommand(
    Directives directives,
    Chairman chairman,
    DirectiveNotifier notifier,
    DirectiveCard cards,
    TaskResolver tasks,
    RoleStore roles,
    TimeProvider timeProvider)
{
    // A template named (BD-003) means its open instance; of several, the one someone is working on.
    private TaskInstance? Named(string reference) => tasks.Resolve(reference) switch
    {
        TaskResolution.Found found => found.Task,
        TaskResolution.Ambiguous ambiguous => ambiguous.Candidates.FirstOrDefault(t => t.OwnerId is not null) ?? ambiguous.Candidates[0],
        _ => null,
    };

    public async Task<Reply> InstructAsync(string args, CommandText text, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (!chairman.Is(context.Member.Id, context.Member.AadObjectId))
            return new Reply(Texts.Get(language, TextId.InstructionNotChairman));
        var instruction = text.Original(args).Trim();
        if (instruction.Length == 0)
            return new Reply(Texts.Get(language, TextId.InstructionEmpty));

        var named = TaskIds().Matches(args).Select(m => TaskReference.Split(m.Value).Reference).Distinct().Select(Named).OfType<TaskInstance>().ToList();
        var (ownerId, ownerName) = Owner(context, named);
        var now = timeProvider.GetUtcNow();
        var directive = await directives.AddAsync(new Directive
        {
            Text = instruction, AuthorId = context.Member.Id, AuthorName = context.Member.Name, At = now, UpdatedAt = now,
            TaskIds = named.Select(t => t.Id).ToList(), OwnerId = ownerId, OwnerName = ownerName,
        }, cancellationToken);

        if (ownerId is null || context.Activity is null)
            return new Reply(Texts.Get(language, TextId.InstructionNoOwner, directive.Id));
        await notifier.NotifyAsync(directive, context.Activity, language, cancellationToken);
        return new Reply(Texts.Get(language, TextId.InstructionRecorded, directive.Id, ownerName));
    }

    public async Task<Reply> AdvanceAsync(string args, DirectiveState to, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (!long.TryParse(args.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || directives.Find(id) is not { } directive)
            return new Reply(Texts.Get(language, TextId.DirectiveNotFound, args.Trim()));
        var member = context.Member;
        if (directive.OwnerId != member.Id && !member.IsAdmin && !chairman.Is(member.Id, member.AadObjectId))
            return new Reply(Texts.Get(language, TextId.DirectiveForbidden, id));

        var moved = (await directives.AdvanceAsync(id, to, timeProvider.GetUtcNow(), cancellationToken))!;
        var message = Texts.Get(language, to == DirectiveState.Done ? TextId.DirectiveFulfilled : TextId.DirectiveAcked, id);
        return new Reply(message) { Card = cards.Build(moved, language, new CardNotice(message, IsError: false)) };
    }

    public async Task<Reply> SetChairmanAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (!context.Member.IsAdmin)
            return new Reply(Texts.Get(language, TextId.ChairmanForbidden));
        if (Mentioned(context) is not { } mentioned)
            return new Reply(Texts.Get(language, TextId.ChairmanUsage));
        await chairman.SetAsync(mentioned.Id, mentioned.Name, context.Member.Id, cancellationToken);
        return new Reply(Texts.Get(language, TextId.ChairmanSet, mentioned.Name));
    }

    private (string? Id, string? Name) Owner(CommandContext context, IReadOnlyList<TaskInstance> named)
    {
        if (Mentioned(context) is { } mentioned)
            return (mentioned.Id, mentioned.Name);
        if (named.FirstOrDefault(t => t.OwnerId is not null) is { } owned)
            return (owned.OwnerId, owned.OwnerName);
        if (named.Count > 0 && roles.LeadsOf(named[0].Pool).FirstOrDefault() is { } lead)
            return (lead.MemberId, lead.MemberName ?? lead.MemberId);
        return (null, null);
    }

    // The first person @mentioned who is not the bot.
    private static (string Id, string Name)? Mentioned(CommandContext context) =>
        Mentions.Of(context.Activity) is [var first, ..] ? first : null;

    [GeneratedRegex("(?<![A-Za-z])[A-Za-z]{2}-?\\d{1,3}(-[0-9A-Za-z]{2,8}|#\\d{1,4})?(?![\\dA-Za-z])")]
    private static partial Regex TaskIds();
}
