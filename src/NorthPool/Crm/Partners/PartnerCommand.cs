using System.Globalization;
using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Crm;

// 伙伴 新建 <name> <kind> [level]; 伙伴 联系 <name> <what was discussed…>; 伙伴 列表; 伙伴 <name>.
public sealed class PartnerCommand(PartnerStore partners, DisplayClock clock, TimeProvider timeProvider)
{
    public const int MaxListed = 30;

    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = CrmArgs.Words(call.Args);
        if (words.Count == 0)
            return CrmTexts.Reply(language, CrmText.PartnerUsage);
        if (CrmWords.Is(words[0], CrmWords.ListWords))
            return List(language);
        if (CrmWords.Is(words[0], CrmWords.NewWords))
            return words.Count < 2 ? CrmTexts.Reply(language, CrmText.PartnerUsage) : await CreateAsync(words[1], words[2..], context, cancellationToken);
        if (CrmWords.Is(words[0], CrmWords.ContactWords))
            return words.Count < 2 ? CrmTexts.Reply(language, CrmText.PartnerUsage) : await ContactAsync(words[1], words[2..], context, cancellationToken);
        return partners.Named(words[0]) is { } partner
            ? new Reply(Line(partner, language)) { Language = language }
            : CrmTexts.Reply(language, CrmText.PartnerNotFound, words[0]);
    }

    private async Task<Reply> CreateAsync(string name, List<string> words, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        PartnerKind? kind = null;
        var level = PartnerLevel.Standard;
        foreach (var word in words)
        {
            if (kind is null && CrmWords.PartnerKind(word) is { } k)
                kind = k;
            else if (CrmWords.PartnerLevel(word) is { } l)
                level = l;
            else
                return CrmTexts.Reply(language, CrmText.PartnerUnknownWord, word);
        }
        if (kind is null)
            return CrmTexts.Reply(language, CrmText.PartnerNeedsKind, name);

        var now = timeProvider.GetUtcNow();
        var partner = new Partner { Name = name, Kind = kind.Value, Level = level, OwnerId = context.Member.Id, OwnerName = context.Member.Name, CreatedAt = now };
        switch (await partners.CreateAsync(partner, context.Member, context.ActivityId, cancellationToken))
        {
            case PartnerCreation.Created created:
                var made = created.Partner;
                var lines = new List<string> { CrmTexts.Get(language, CrmText.PartnerCreated, made.Label, made.Name, CrmTexts.Of(language, made.Kind), CrmTexts.Of(language, made.Level)) };
                lines.AddRange(QuotaLines.For(created.Counted, created.NotCounted, language));
                return new Reply(string.Join("\n\n", lines)) { Language = language, ChangedTaskIds = created.Counted.Select(c => c.TaskId).ToList() };
            case PartnerCreation.Exists { Partner: var existing }:
                return CrmTexts.Reply(language, CrmText.PartnerExists, existing.Label, existing.Name);
            default:
                throw new InvalidOperationException("Unknown partner creation result.");
        }
    }

    private async Task<Reply> ContactAsync(string name, List<string> words, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (partners.Named(name) is not { } partner)
            return CrmTexts.Reply(language, CrmText.PartnerNotFound, name);
        if (words.Count == 0)
            return CrmTexts.Reply(language, CrmText.PartnerNeedsSummary, partner.Name);
        var summary = string.Join(' ', words);
        var contacted = await partners.ContactAsync(partner.Id, summary, context.Member, timeProvider.GetUtcNow(), context.ActivityId, cancellationToken);
        return contacted is null
            ? CrmTexts.Reply(language, CrmText.PartnerNotFound, name)
            : CrmTexts.Reply(language, CrmText.PartnerContacted, contacted.Label, contacted.Name, summary);
    }

    private Reply List(Language language)
    {
        var all = partners.All();
        if (all.Count == 0)
            return CrmTexts.Reply(language, CrmText.PartnerListEmpty);
        var lines = all.OrderBy(p => p.Level).ThenByDescending(p => p.LastContactAt).Take(MaxListed).Select(p => "- " + Line(p, language)).ToList();
        if (all.Count > MaxListed)
            lines.Add(CrmTexts.Get(language, CrmText.CustomerListMore, all.Count - MaxListed));
        return new Reply(CrmTexts.Get(language, CrmText.PartnerListTitle, all.Count) + "\n\n" + string.Join("\n", lines)) { Language = language };
    }

    private string Line(Partner p, Language language) =>
        CrmTexts.Get(language, CrmText.PartnerLine, p.Label, p.Name, CrmTexts.Of(language, p.Kind), CrmTexts.Of(language, p.Level), CrmTexts.Of(language, p.State),
            p.LastContactAt is { } at ? $"{clock.Local(at).ToString("MM-dd", CultureInfo.InvariantCulture)} {p.LastContact}" : CrmTexts.Get(language, CrmText.PartnerNeverContacted));
}
