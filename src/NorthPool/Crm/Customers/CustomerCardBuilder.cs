using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.CardViews;
using NorthPool.Localization;

namespace NorthPool.Crm;

// 客户卡片: the profile, the latest contacts with their next steps, open deals, contracts with what is still to be
// received, and open tickets.
public sealed class CustomerCardBuilder(DisplayClock clock, TimeProvider timeProvider)
{
    // Notice: what the command that shows the card just did ("✅ 已建档 …"), on top, as task cards show theirs.
    public AdaptiveCard Build(Customer customer, CustomerRecords records, Language language, string? notice = null)
    {
        string T(CrmText id, params object?[] args) => CrmTexts.Get(language, id, args);
        var facts = new List<Fact>
        {
            new(T(CrmText.CardIndustry), CrmTexts.Of(language, customer.Industry)),
            new(T(CrmText.CardLevel), CrmTexts.Of(language, customer.Level)),
            new(T(CrmText.CardStatus), CrmTexts.Of(language, customer.Status)),
        };
        if (customer.Region is { } region)
            facts.Add(new(T(CrmText.CardRegion), region));
        if ((customer.OwnerName ?? customer.OwnerId) is { } owner)
            facts.Add(new(T(CrmText.CardOwner), owner));
        if (customer.IsKey)
            facts.Add(new(T(CrmText.CardKey), T(CrmText.Yes)));
        if (customer.Aliases.Count > 0)
            facts.Add(new(T(CrmText.CardAliases), string.Join(language.ListSeparator(), customer.Aliases)));
        facts.AddRange(customer.Profile.Select(p => new Fact(p.Key, p.Value)));

        var body = new List<CardElement>();
        if (notice is not null)
            body.Add(new TextBlock(notice) { Wrap = true });
        body.AddRange(
        [
            new TextBlock($"{customer.Label} {customer.Name}") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new FactSet(facts) { Id = "facts" },
        ]);
        Section(body, T(CrmText.CardContacts), records.Contacts.Select(ContactCommand.Line));
        body.Add(new TextBlock(T(CrmText.CardVisits)) { Size = TextSize.Small, Weight = TextWeight.Bolder, Separator = true });
        if (records.Visits.Count == 0)
            body.Add(new TextBlock(T(CrmText.CardNoVisits)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None });
        foreach (var visit in records.Visits)
            body.Add(Line(VisitLine(visit, language)));
        Section(body, T(CrmText.CardOpportunities), records.Opportunities.Where(o => o.IsOpen).Select(o => OpportunityCommand.Line(o, language)));
        var today = DateOnly.FromDateTime(clock.Local(timeProvider.GetUtcNow()).DateTime);
        Section(body, T(CrmText.CardContracts), records.Contracts.Select(c => T(CrmText.ContractLine, c.Label, Amount.InWan(c.Amount),
            c.SignedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Amount.InWan(c.Received), Amount.InWan(c.Outstanding))
            + (c.ProductLine is { } line ? " · " + line : "") + (c.Shown(today) is var shown and not CrmText.ContractActive ? " · " + T(shown) : "")));
        Section(body, T(CrmText.CardDue), records.Due.Select(r => T(CrmText.CardDueLine, $"#C{r.ContractId}", r.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Amount.InWan(r.Amount)) + (r.DueOn < today ? T(CrmText.CardDueOverdue, today.DayNumber - r.DueOn.DayNumber) : "")));
        Section(body, T(CrmText.CardTickets), records.Tickets.Select(t => TicketCommand.Line(t, language)));
        return new AdaptiveCard { Body = body, Actions = Buttons(customer, language), FallbackText = $"{customer.Label} {customer.Name}" };
    }

    // The customer's forms: add a visit, a deal or a contract with it filled in, edit it, and (under 更多, as Teams shows
    // five buttons) add a contact, a ticket or a receipt.
    private static List<CardAction> Buttons(Customer customer, Language language)
    {
        CardAction Open(CrmText title, string form, string key) => new ExecuteAction
        {
            Title = CrmTexts.Get(language, title), Verb = FormCardBuilder.Verb,
            Data = CardData.For(language, ("form", form), (key, customer.Label)), AssociatedInputs = AssociatedInputs.None,
        };
        return
        [
            Open(CrmText.FormVisitTitle, "visit", "customer"),
            Open(CrmText.FormOpportunityTitle, "opportunity", "customer"),
            Open(CrmText.FormContractTitle, "contract", "customer"),
            Open(CrmText.FormEdit, "customer", "record"),
            new ShowCardAction(new AdaptiveCard
            {
                Body = [],
                Actions = [Open(CrmText.FormContactTitle, "contact", "customer"), Open(CrmText.FormTicketTitle, "ticket", "customer"), Open(CrmText.FormReceiptTitle, "receipt", "contract")],
            }) { Title = CrmTexts.Get(language, CrmText.FormMore) },
        ];
    }

    // A heading and its lines; nothing at all when there are none.
    private static void Section(List<CardElement> body, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
            return;
        body.Add(new TextBlock(title) { Size = TextSize.Small, Weight = TextWeight.Bolder, Separator = true });
        body.AddRange(list.Select(Line));
    }

    private static TextBlock Line(string text) => new(text) { Size = TextSize.Small, Wrap = true, Spacing = Spacing.None };

    public string VisitLine(Visit visit, Language language)
    {
        var line = CrmTexts.Get(language, CrmText.CardVisitLine,
            clock.Local(visit.At).ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            visit.ByName ?? visit.ById, CrmTexts.Of(language, visit.Kind), visit.Summary, visit.Label);
        return visit.NextStep is { } next
            ? $"{line} → {CrmTexts.Get(language, CrmText.VisitNextStep, visit.NextStepOn?.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—", next)}"
            : line;
    }
}
