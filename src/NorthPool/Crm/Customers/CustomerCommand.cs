using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 客户: 新建 (with duplicate checks: same name or alias refused, look-alikes pointed out until confirmed), 列表, 画像 (a
// free profile field set or cleared), and a customer's card by name, alias, part or number.
public sealed class CustomerCommand(CustomerResolver resolver, CustomerStore customers, VisitStore visits, OpportunityStore opportunities, ContractStore contracts, TicketStore tickets, ContactStore people, CustomerCardBuilder cards, RecordEditor editor, NorthPoolDb db, TimeProvider timeProvider)
{
    public const int MaxListed = 30;
    private const int MaxOpportunitiesShown = 10;
    private const int MaxContractsShown = 10;
    private const int MaxTicketsShown = 10;
    private static readonly string[] NewWords = ["新建", "new", "add"];
    private static readonly string[] ListWords = ["列表", "list"];
    private static readonly string[] ProfileWords = ["画像", "profile"];
    public const int MaxProfileFields = 20;
    public const int MaxProfileKey = 20;
    public const int MaxProfileValue = 200;

    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = CrmArgs.Words(call.Args);
        if (words.Count == 0)
            return new Reply(CrmTexts.Get(language, CrmText.CustomerUsage)) { Language = language };
        if (CrmWords.Is(words[0], NewWords))
            return await CreateAsync(words[1..], context, cancellationToken);
        if (CrmWords.Is(words[0], ListWords))
            return List(words[1..], language);
        if (CrmWords.Is(words[0], ProfileWords))
            return await ProfileAsync(words[1..], context, cancellationToken);
        return Show(string.Join(' ', words), language);
    }

    private async Task<Reply> CreateAsync(List<string> words, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (words.Count == 0)
            return CrmTexts.Reply(language, CrmText.CustomerUsage);

        var (industry, level, region, isKey, confirmed, aliases) = ((Industry?)null, (CustomerLevel?)null, (string?)null, false, false, new List<string>());
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (CrmWords.Industry(word) is { } ind && industry is null)
                industry = ind;
            else if (CrmWords.Level(word) is { } lvl && level is null)
                level = lvl;
            else if (CrmWords.Is(word, CrmWords.KeyWords))
                isKey = true;
            else if (CrmWords.Is(word, CrmWords.ConfirmWords))
                confirmed = true;
            else if (CrmWords.Is(word, CrmWords.AliasWords) && i + 1 < words.Count)
                aliases.Add(words[++i]);
            else if (region is null)
                region = word;
            else
                return CrmTexts.Reply(language, CrmText.CustomerUnknownWord, word);
        }

        var name = words[0];
        var lookAlikes = resolver.LookAlikes([name, .. aliases]);
        var sameKey = lookAlikes.FirstOrDefault(c => c.Keys.Contains(CustomerNames.Key(name)) || aliases.Any(a => c.Keys.Contains(CustomerNames.Key(a))));
        if (sameKey is not null)
            return CrmTexts.Reply(language, CrmText.CustomerExists, $"C{sameKey.Id}", sameKey.Name);
        if (lookAlikes.Count > 0 && !confirmed)
            return CrmTexts.Reply(language, CrmText.CustomerLookAlikes, string.Join(language.ListSeparator(), lookAlikes.Select(c => $"C{c.Id} {c.Name}")));

        var now = timeProvider.GetUtcNow();
        var customer = new Customer
        {
            Name = name, Aliases = aliases, Industry = industry ?? Industry.Other, Level = level ?? CustomerLevel.Province, Region = region,
            OwnerId = context.Member.Id, OwnerName = context.Member.Name, IsKey = isKey, CreatedAt = now, UpdatedAt = now,
        };
        var result = await customers.CreateAsync(customer, context.Member, context.ActivityId, cancellationToken);
        if (result is CustomerCreation.Exists { Customer: var existing })
            return CrmTexts.Reply(language, CrmText.CustomerExists, existing.Label, existing.Name);
        var made = ((CustomerCreation.Created)result).Customer;
        var reply = CrmTexts.Reply(language, CrmText.CustomerCreated, made.Label, made.Name, Summary(made, language));
        return reply with { Card = cards.Build(made, CustomerRecords.None, language, notice: reply.Text) };
    }

    // 客户 画像 广东移动 决策人 王总 sets a field; without a value it clears it. Owners, pool leads and admins.
    private async Task<Reply> ProfileAsync(List<string> words, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (words.Count < 2)
            return CrmTexts.Reply(language, CrmText.ProfileUsage);
        var resolution = resolver.Resolve(words[0]);
        if (resolution is not CustomerResolution.Found { Customer: var found })
            return Unresolved(resolution, language);
        var (field, value) = (words[1], words.Count > 2 ? string.Join(' ', words[2..]) : null);
        if (field.Length > MaxProfileKey || value?.Length > MaxProfileValue)
            return CrmTexts.Reply(language, CrmText.ProfileTooLong, MaxProfileKey, MaxProfileValue);
        if (value is not null && !found.Profile.ContainsKey(field) && found.Profile.Count >= MaxProfileFields)
            return CrmTexts.Reply(language, CrmText.ProfileTooMany, MaxProfileFields);

        var spec = new RecordEditSpec<Customer>("customer", c => c.OwnerId, c => c.OwnerName ?? c.OwnerId ?? "—", c => c.Label, c => c.Name, (c, at) =>
        {
            var profile = new Dictionary<string, string>(c.Profile);
            if (value is null)
                profile.Remove(field);
            else
                profile[field] = value;
            return c with { Profile = profile, UpdatedAt = at };
        });
        switch (await editor.EditAsync(db.Customers, spec, found.Id, context.Member, $"profile {field}: {found.Profile.GetValueOrDefault(field) ?? "—"} → {value ?? "—"}", context.ActivityId, cancellationToken))
        {
            case RecordEdit.Forbidden { Owner: var owner }:
                return CrmTexts.Reply(language, CrmText.FormForbidden, found.Label, owner);
            case RecordEdit.Saved:
                var customer = customers.Find(found.Id)!;
                var text = CrmTexts.Get(language, value is null ? CrmText.ProfileCleared : CrmText.ProfileSet, customer.Label, customer.Name, field, value);
                return new Reply(text) { Language = language, Card = cards.Build(customer, Records(customer.Id), language, notice: text) };
            default:
                return CrmTexts.Reply(language, CrmText.FormGone, found.Label);
        }
    }

    public CustomerRecords Records(long customerId)
    {
        var shown = contracts.Of(customerId, MaxContractsShown);
        return new CustomerRecords(people.Of(customerId), visits.Recent(customerId), opportunities.Of(customerId, MaxOpportunitiesShown), shown, tickets.OpenOf(customerId, MaxTicketsShown))
        {
            Due = [.. shown.Where(c => c.Outstanding > 0).SelectMany(c => contracts.PlanOf(c.Id)).Where(r => !r.Settled).OrderBy(r => r.DueOn)],
        };
    }

    private Reply Show(string typed, Language language)
    {
        switch (resolver.Resolve(typed))
        {
            case CustomerResolution.Found { Customer: var customer }:
                return new Reply($"{customer.Label} {customer.Name}（{Summary(customer, language)}）")
                {
                    Language = language, Card = cards.Build(customer, Records(customer.Id), language),
                };
            case var other:
                return Unresolved(other, language);
        }
    }

    private Reply List(List<string> words, Language language)
    {
        Industry? industry = null;
        foreach (var word in words)
        {
            if (CrmWords.Industry(word) is not { } parsed)
                return new Reply(CrmTexts.Get(language, CrmText.CustomerUnknownWord, word)) { Language = language };
            industry = parsed;
        }
        var query = industry is { } i ? db.Customers.Query().Where("$.Industry = @0", i.ToString()) : db.Customers.Query();
        var total = industry is { } f ? db.Customers.Count(LiteDB.BsonExpression.Create("$.Industry = @0", f.ToString())) : db.Customers.Count();
        var shown = query.Limit(MaxListed).ToList();
        var scope = industry is { } s ? " · " + CrmTexts.Of(language, s) : "";
        if (shown.Count == 0)
            return new Reply(CrmTexts.Get(language, CrmText.CustomerListEmpty, scope)) { Language = language };
        var lines = shown.Select(c => $"- {c.Label} {c.Name}（{Summary(c, language)}）").ToList();
        if (total > shown.Count)
            lines.Add(CrmTexts.Get(language, CrmText.CustomerListMore, total - shown.Count));
        return new Reply(CrmTexts.Get(language, CrmText.CustomerListTitle, scope, total) + "\n\n" + string.Join("\n", lines)) { Language = language };
    }

    // The answer when a name does not lead to exactly one customer. A name not on file comes with a button that opens
    // the new-customer form holding it: a customer is created only once the member confirms it there.
    public static Reply Unresolved(CustomerResolution resolution, Language language)
    {
        var text = Explain(resolution, language);
        if (resolution is not CustomerResolution.NotFound { Typed: var typed })
            return new Reply(text) { Language = language };
        var create = new ExecuteAction
        {
            Title = CrmTexts.Get(language, CrmText.CreateCustomerButton, typed), Verb = FormCardBuilder.Verb,
            Data = CardData.For(language, ("form", "customer"), ("name", typed)), AssociatedInputs = AssociatedInputs.None,
        };
        return new Reply(text) { Language = language, Card = new AdaptiveCard { Body = [new TextBlock(text)], Actions = [create], FallbackText = text } };
    }

    // What a member is told when a name does not lead to exactly one customer.
    public static string Explain(CustomerResolution resolution, Language language) => resolution switch
    {
        CustomerResolution.Ambiguous { Typed: var typed, Candidates: var candidates } => CrmTexts.Get(language, CrmText.CustomerAmbiguous,
            typed, string.Join(language.ListSeparator(), candidates.Select(c => $"C{c.Id} {c.Name}")), $"C{candidates[0].Id}"),
        CustomerResolution.NotFound { Typed: var typed, Nearest: var nearest } => CrmTexts.Get(language, CrmText.CustomerNotFound, typed) + (language == Language.ZhCn ? "" : " ") + (nearest.Count > 0
            ? CrmTexts.Get(language, CrmText.CustomerDidYouMean, string.Join(language.ListSeparator(), nearest.Select(c => $"C{c.Id} {c.Name}")))
            : CrmTexts.Get(language, CrmText.CustomerCreateHint, typed)),
        _ => "",
    };

    private static string Summary(Customer customer, Language language)
    {
        var parts = new List<string> { CrmTexts.Of(language, customer.Industry), CrmTexts.Of(language, customer.Level) };
        if (customer.Region is { } region)
            parts.Add(region);
        if (customer.IsKey)
            parts.Add(CrmTexts.Get(language, CrmText.CardKey));
        return string.Join(" · ", parts);
    }
}
