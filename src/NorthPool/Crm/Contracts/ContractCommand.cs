using System.Globalization;
using System.Text.RegularExpressions;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Pools;

namespace NorthPool.Crm;

// 合同 <customer> <amount> [signed date] [product line] [term] [续约 #C1] [商机 #3 — won with it]; 回款 #C3 <amount> [date], or 回款 <customer> <amount>
// when that customer has exactly one contract still to be paid.
public sealed partial class ContractCommand(CustomerResolver resolver, ContractStore contracts, OpportunityStore opportunities, PeriodCalendar calendar, TimeProvider timeProvider)
{
    private const int DefaultTermMonths = 12;
    private const int OpenContractsLooked = 20;

    public async Task<Reply> ContractAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = CrmArgs.Words(call.Args);
        var money = words.Count > 1 ? words.FindIndex(1, Amount.LooksLikeMoney) : -1;
        if (money < 0)
            return CrmTexts.Reply(language, CrmText.ContractUsage);
        if (Amount.Parse(words[money]) is not { } amount)
            return CrmTexts.Reply(language, CrmText.BadAmount, words[money]);

        var now = timeProvider.GetUtcNow();
        var today = calendar.Today(now);
        DateOnly? signed = null;
        int? term = null;
        string? product = null;
        Contract? renews = null;
        Opportunity? deal = null;
        var rest = words[1..].Where((_, i) => i + 1 != money).ToList();
        for (var i = 0; i < rest.Count; i++)
        {
            var word = rest[i];
            if (CrmWords.Is(word, CrmWords.RenewWords) && i + 1 < rest.Count)
            {
                renews = ContractId(rest[++i]) is { } renewed ? contracts.Find(renewed) : null;
                if (renews is null)
                    return CrmTexts.Reply(language, CrmText.ContractNotFound, rest[i]);
            }
            else if (CrmWords.Is(word, CrmWords.DealWords) && i + 1 < rest.Count)
            {
                deal = long.TryParse(rest[++i].TrimStart('#'), out var dealId) ? opportunities.Find(dealId) : null;
                if (deal is null)
                    return CrmTexts.Reply(language, CrmText.OpportunityNotFound, rest[i]);
            }
            else if (Term(word) is { } months && term is null)
                term = months;
            else if (signed is null && DateText.Parse(word, today) is { } date)
                signed = date;
            else if (product is null && ProductLine().IsMatch(word))
                product = word;
            else
                return CrmTexts.Reply(language, CrmText.UnknownContractWord, word);
        }

        var resolution = resolver.Resolve(words[0]);
        if (resolution is not CustomerResolution.Found { Customer: var customer })
            return CustomerCommand.Unresolved(resolution, language);
        if (deal is not null && deal.CustomerId != customer.Id)
            return CrmTexts.Reply(language, CrmText.DealOfOtherCustomer, deal.Label, deal.CustomerName, customer.Name);

        var contract = await contracts.CreateAsync(new Contract
        {
            Amount = amount, SignedOn = signed ?? today, TermMonths = term ?? DefaultTermMonths, ProductLine = product, RenewsContractId = renews?.Id, OpportunityId = deal?.Id,
            OwnerId = context.Member.Id, OwnerName = context.Member.Name, CreatedAt = now,
        }, customer, context.Member, context.ActivityId, cancellationToken);
        var won = deal is { IsOpen: true } && opportunities.Find(deal.Id)?.Stage == OpportunityStage.Won;
        return CrmTexts.Reply(language, CrmText.ContractCreated, contract.Label, contract.CustomerName, Amount.InWan(contract.Amount),
            contract.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), contract.TermMonths,
            (contract.ProductLine is { } line ? " · " + line : "") + (won ? CrmTexts.Get(language, CrmText.ContractDealWon, deal!.Label) : ""));
    }

    public async Task<Reply> ReceiptAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = CrmArgs.Words(call.Args);
        if (words.Count < 2 || !Amount.LooksLikeMoney(words[1]))
            return CrmTexts.Reply(language, CrmText.ContractUsage);
        if (Amount.Parse(words[1]) is not { } amount)
            return CrmTexts.Reply(language, CrmText.BadAmount, words[1]);
        var now = timeProvider.GetUtcNow();
        var on = calendar.Today(now);
        if (words.Count > 2)
        {
            if (DateText.Parse(words[2], on) is not { } date)
                return CrmTexts.Reply(language, CrmText.BadDate, words[2]);
            on = date;
        }

        long contractId;
        if (ContractId(words[0]) is { } id)
        {
            contractId = id;
        }
        else
        {
            var resolution = resolver.Resolve(words[0]);
            if (resolution is not CustomerResolution.Found { Customer: var customer })
                return CustomerCommand.Unresolved(resolution, language);
            var open = contracts.Of(customer.Id, OpenContractsLooked).Where(c => c.Outstanding > 0).ToList();
            if (open.Count == 0)
                return CrmTexts.Reply(language, CrmText.NoOpenContract, customer.Name);
            if (open.Count > 1)
                return CrmTexts.Reply(language, CrmText.SeveralOpenContracts, customer.Name, string.Join(language.ListSeparator(), open.Select(c => $"{c.Label} {Amount.InWan(c.Amount)}")), open[0].Label);
            contractId = open[0].Id;
        }

        return await contracts.RecordReceiptAsync(contractId, amount, on, context.Member, now, context.ActivityId, cancellationToken) switch
        {
            ReceiptRecording.Recorded { Receipt: var r, Contract: var c } => CrmTexts.Reply(language, CrmText.ReceiptRecorded, c.Label, Amount.InWan(r.Amount), c.CustomerName,
                Amount.InWan(c.Received), Amount.InWan(c.Amount), Amount.InWan(c.Outstanding), r.Label),
            ReceiptRecording.TooMuch { Contract: var c } => CrmTexts.Reply(language, CrmText.ReceiptTooMuch, Amount.InWan(amount), c.Label, Amount.InWan(c.Outstanding)),
            _ => CrmTexts.Reply(language, CrmText.ContractNotFound, $"#C{contractId}"),
        };
    }

    // 回款计划 #C3 [<amount> <due date>]: adds a row to the contract's plan, or shows it.
    public async Task<Reply> PlanAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = CrmArgs.Words(call.Args);
        if (words.Count == 0 || ContractId(words[0]) is not { } id || words.Count is not (1 or 3))
            return CrmTexts.Reply(language, CrmText.PlanUsage);
        if (words.Count == 1)
        {
            return contracts.Find(id) is { } contract
                ? CrmTexts.Reply(language, CrmText.PlanShown, contract.Label, contract.CustomerName, PlanText(contracts.PlanOf(id), contract, language))
                : CrmTexts.Reply(language, CrmText.ContractNotFound, words[0]);
        }
        if (Amount.Parse(words[1]) is not { } amount)
            return CrmTexts.Reply(language, CrmText.BadAmount, words[1]);
        var now = timeProvider.GetUtcNow();
        if (DateText.Parse(words[2], calendar.Today(now)) is not { } due)
            return CrmTexts.Reply(language, CrmText.BadDate, words[2]);
        return await contracts.PlanAsync(id, amount, due, context.Member, now, context.ActivityId, cancellationToken) switch
        {
            ReceivablePlanning.Planned { Contract: var c, Plan: var plan } => CrmTexts.Reply(language, CrmText.PlanShown, c.Label, c.CustomerName, PlanText(plan, c, language)),
            ReceivablePlanning.TooMuch { Contract: var c, AlreadyPlanned: var planned } => CrmTexts.Reply(language, CrmText.PlanTooMuch, c.Label, Amount.InWan(c.Amount), Amount.InWan(planned)),
            _ => CrmTexts.Reply(language, CrmText.ContractNotFound, words[0]),
        };
    }

    private static string PlanText(IReadOnlyList<Receivable> plan, Contract contract, Language language) =>
        plan.Count == 0
            ? CrmTexts.Get(language, CrmText.PlanEmpty)
            : string.Join(language.ListSeparator(), plan.Select(r => $"{r.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {Amount.InWan(r.Amount)}"
                + (r.Settled ? CrmTexts.Get(language, CrmText.PlanSettled) : "")))
              + CrmTexts.Get(language, CrmText.PlanTotal, Amount.InWan(plan.Sum(r => r.Amount)), Amount.InWan(contract.Amount));

    // #C3 → 3.
    public static long? ContractId(string word) =>
        word.StartsWith("#C", StringComparison.OrdinalIgnoreCase) && long.TryParse(word.AsSpan(2), out var id) ? id : null;

    // 1年, 2年, 6个月, 18月, 1y, 6m.
    private static int? Term(string word)
    {
        var match = TermPattern().Match(word);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 120)
            return null;
        return match.Groups["unit"].Value is "年" or "y" or "Y" ? (n <= 10 ? n * 12 : null) : n;
    }

    [GeneratedRegex(@"^(?<n>\d+)(?<unit>年|个月|月|y|Y|m|M)$")]
    private static partial Regex TermPattern();

    // NRT-Chat, NRT-Code, 智能客服: a word that is neither an amount, a date nor a term.
    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N}\-_.]*$")]
    private static partial Regex ProductLine();
}
