using System.Globalization;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Pools;

namespace NorthPool.Crm;

// 商机 <customer> <title> <amount> [stage] [预计 <date>]; 商机 推进 #12 <stage> [reason]; 商机 列表; 漏斗. A new
// opportunity counts toward BD-030 (CrmQuotaRules.NewOpportunities) in its own commit.
public sealed class OpportunityCommand(CustomerResolver resolver, OpportunityStore opportunities, PartnerStore partners, ContractStore contracts, PeriodCalendar calendar, TimeProvider timeProvider)
{
    public const int MaxListed = 30;

    // More open opportunities than this and the funnel sums the first ones only.
    public const int MaxInFunnel = 5_000;

    private static readonly string[] ListWords = ["列表", "list"];

    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = CrmArgs.Words(call.Args);
        if (words.Count == 0)
            return CrmTexts.Reply(language, CrmText.OpportunityUsage);
        if (CrmWords.Is(words[0], ListWords))
            return List(language);
        if (CrmWords.Is(words[0], CrmWords.AdvanceWords))
            return await MoveAsync(words[1..], context, cancellationToken);
        return await CreateAsync(words, context, cancellationToken);
    }

    public Reply Funnel(Language language)
    {
        var open = opportunities.Open(MaxInFunnel);
        if (open.Count == 0)
            return CrmTexts.Reply(language, CrmText.FunnelEmpty);
        var lines = OpportunityStages.Funnel.Select(stage =>
        {
            var at = open.Where(o => o.Stage == stage).ToList();
            return "- " + CrmTexts.Get(language, CrmText.FunnelLine, CrmTexts.Of(language, stage), at.Count, Amount.InWan(at.Sum(o => o.Amount)),
                (OpportunityStages.Probability(stage) * 100).ToString("0", CultureInfo.InvariantCulture));
        });
        var weighted = open.Sum(o => o.Amount * OpportunityStages.Probability(o.Stage));
        return new Reply(CrmTexts.Get(language, CrmText.FunnelTitle, open.Count) + "\n\n" + string.Join("\n", lines) + "\n\n"
            + CrmTexts.Get(language, CrmText.FunnelWeighted, Amount.InWan(weighted))) { Language = language };
    }

    private async Task<Reply> CreateAsync(List<string> words, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var money = words.Count > 2 ? words.FindIndex(2, Amount.LooksLikeMoney) : -1;
        if (money < 0)
            return CrmTexts.Reply(language, CrmText.OpportunityUsage);
        if (Amount.Parse(words[money]) is not { } amount)
            return CrmTexts.Reply(language, CrmText.BadAmount, words[money]);

        var stage = OpportunityStage.Discover;
        DateOnly? close = null;
        Partner? partner = null;
        Contract? renews = null;
        var now = timeProvider.GetUtcNow();
        for (var i = money + 1; i < words.Count; i++)
        {
            if (CrmWords.Stage(words[i]) is { } typed && OpportunityStages.IsOpen(typed))
            {
                stage = typed;
            }
            else if (CrmWords.Is(words[i], CrmWords.ExpectWords) && i + 1 < words.Count)
            {
                close = DateText.Parse(words[++i], calendar.Today(now));
                if (close is null)
                    return CrmTexts.Reply(language, CrmText.BadDate, words[i]);
            }
            else if (CrmWords.Is(words[i], CrmWords.RenewWords) && i + 1 < words.Count)
            {
                renews = ContractCommand.ContractId(words[++i]) is { } id ? contracts.Find(id) : null;
                if (renews is null)
                    return CrmTexts.Reply(language, CrmText.ContractNotFound, words[i]);
            }
            else if (CrmWords.Is(words[i], CrmWords.SourceWords) && i + 1 < words.Count)
            {
                partner = partners.Named(words[++i]);
                if (partner is null)
                    return CrmTexts.Reply(language, CrmText.PartnerNotFound, words[i]);
            }
            else
            {
                return CrmTexts.Reply(language, CrmText.UnknownStage, words[i]);
            }
        }

        var resolution = resolver.Resolve(words[0]);
        if (resolution is not CustomerResolution.Found { Customer: var customer })
            return CustomerCommand.Unresolved(resolution, language);

        var opportunity = new Opportunity
        {
            Title = string.Join(' ', words[1..money]), Amount = amount, Stage = stage, ExpectedClose = close, PartnerId = partner?.Id, PartnerName = partner?.Name, RenewsContractId = renews?.Id,
            OwnerId = context.Member.Id, OwnerName = context.Member.Name, CreatedAt = now, UpdatedAt = now,
        };
        var created = await opportunities.CreateAsync(opportunity, customer, context.Member, context.ActivityId, cancellationToken);
        var made = created.Opportunity;
        var lines = new List<string>
        {
            CrmTexts.Get(language, CrmText.OpportunityCreated, made.Label, made.CustomerName, made.Title, Amount.InWan(made.Amount), CrmTexts.Of(language, made.Stage)),
        };
        lines.AddRange(QuotaLines.For(created.Counted, created.NotCounted, language));
        return new Reply(string.Join("\n\n", lines)) { Language = language, ChangedTaskIds = created.Counted.Select(c => c.TaskId).ToList() };
    }

    private async Task<Reply> MoveAsync(List<string> words, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (words.Count < 2 || !long.TryParse(words[0].TrimStart('#'), out var id))
            return CrmTexts.Reply(language, CrmText.OpportunityUsage);
        if (CrmWords.Stage(words[1]) is not { } to)
            return CrmTexts.Reply(language, CrmText.UnknownStage, words[1]);
        var reason = words.Count > 2 ? string.Join(' ', words[2..]) : null;

        var label = $"#{id}";
        return await opportunities.MoveAsync(id, to, reason, context.Member, timeProvider.GetUtcNow(), context.ActivityId, cancellationToken) switch
        {
            OpportunityMove.Moved { Opportunity: var o, From: var from } => CrmTexts.Reply(language, CrmText.OpportunityMoved, o.Label, $"{o.CustomerName} {o.Title}",
                CrmTexts.Of(language, from), CrmTexts.Of(language, o.Stage) + (o.LostReason is { } why ? $"（{why}）" : "")),
            OpportunityMove.Forbidden { Opportunity: var o } => CrmTexts.Reply(language, CrmText.OpportunityForbidden, o.OwnerName ?? o.OwnerId, o.Label),
            OpportunityMove.Illegal { Opportunity: var o, To: var target } => CrmTexts.Reply(language, CrmText.OpportunityIllegal, o.Label, CrmTexts.Of(language, o.Stage), CrmTexts.Of(language, target)),
            OpportunityMove.ReasonRequired => CrmTexts.Reply(language, CrmText.OpportunityReasonRequired, label),
            _ => CrmTexts.Reply(language, CrmText.OpportunityNotFound, label),
        };
    }

    private Reply List(Language language)
    {
        var open = opportunities.Open(MaxInFunnel);
        if (open.Count == 0)
            return CrmTexts.Reply(language, CrmText.OpportunityListEmpty);
        var lines = open.OrderByDescending(o => o.Stage).ThenByDescending(o => o.Amount).Take(MaxListed).Select(o => "- " + Line(o, language)).ToList();
        if (open.Count > MaxListed)
            lines.Add(CrmTexts.Get(language, CrmText.CustomerListMore, open.Count - MaxListed));
        return new Reply(CrmTexts.Get(language, CrmText.OpportunityListTitle, open.Count, Amount.InWan(open.Sum(o => o.Amount))) + "\n\n" + string.Join("\n", lines))
        {
            Language = language,
        };
    }

    public static string Line(Opportunity o, Language language) =>
        CrmTexts.Get(language, CrmText.OpportunityLine, o.Label, o.CustomerName, o.Title, Amount.InWan(o.Amount), CrmTexts.Of(language, o.Stage),
            o.ExpectedClose is { } close ? " · " + close.ToString("MM-dd", CultureInfo.InvariantCulture) : "");
}
