using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Crm;

// 工单 <customer> <what is wrong…> [紧急|高|中|低] [产品 NRT-Chat]; 工单 处理|解决|关闭|重开 #T3 [note]; 工单 列表.
// The product line is the one named, else the customer's only one on its contracts.
public sealed class TicketCommand(CustomerResolver resolver, TicketStore tickets, ContractStore contracts, TimeProvider timeProvider)
{
    public const int MaxListed = 30;
    public const int MaxOpen = 5_000;
    private const int ContractsLooked = 20;

    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = CrmArgs.Words(call.Args);
        if (words.Count == 0)
            return CrmTexts.Reply(language, CrmText.TicketUsage);
        if (CrmWords.Is(words[0], CrmWords.ListWords))
            return List(language);
        if (CrmWords.TicketMove(words[0]) is { } to && words.Count > 1 && words[1].StartsWith('#'))
            return await MoveAsync(words[0], to, words[1..], context, cancellationToken);
        return await CreateAsync(words, context, cancellationToken);
    }

    private async Task<Reply> CreateAsync(List<string> words, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var resolution = resolver.Resolve(words[0]);
        if (resolution is not CustomerResolution.Found { Customer: var customer })
            return CustomerCommand.Unresolved(resolution, language);

        var severity = TicketSeverity.Medium;
        string? product = null;
        var summary = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            if (CrmWords.Severity(words[i]) is { } named)
                severity = named;
            else if (CrmWords.Is(words[i], CrmWords.ProductWords) && i + 1 < words.Count)
                product = words[++i];
            else
                summary.Add(words[i]);
        }
        if (summary.Count == 0)
            return CrmTexts.Reply(language, CrmText.TicketNeedsSummary, customer.Name);
        if (product is null && contracts.Of(customer.Id, ContractsLooked).Select(c => c.ProductLine).OfType<string>().Distinct().ToList() is [var only])
            product = only;

        var now = timeProvider.GetUtcNow();
        var ticket = await tickets.CreateAsync(new Ticket
        {
            Summary = string.Join(' ', summary), Severity = severity, ProductLine = product,
            OwnerId = context.Member.Id, OwnerName = context.Member.Name, CreatedAt = now, UpdatedAt = now,
        }, customer, context.Member, context.ActivityId, cancellationToken);
        return CrmTexts.Reply(language, CrmText.TicketCreated, ticket.Label, ticket.CustomerName, CrmTexts.Of(language, ticket.Severity), ticket.Summary,
            ticket.ProductLine is { } line ? " · " + line : "");
    }

    private async Task<Reply> MoveAsync(string verb, TicketState to, List<string> words, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var label = words[0];
        if (!label.StartsWith("#T", StringComparison.OrdinalIgnoreCase) || !long.TryParse(label.AsSpan(2), out var id))
            return CrmTexts.Reply(language, CrmText.TicketNotFound, label);
        var note = words.Count > 1 ? string.Join(' ', words[1..]) : null;
        var result = await tickets.MoveAsync(id, to, note, context.Member, timeProvider.GetUtcNow(), context.ActivityId, cancellationToken);
        switch (result)
        {
            case TicketMove.Moved { Ticket: var t, From: var from } moved:
                var lines = new List<string>
                {
                    CrmTexts.Get(language, CrmText.TicketMoved, t.Label, $"{t.CustomerName} {t.Summary}", CrmTexts.Of(language, from), CrmTexts.Of(language, t.State)),
                };
                lines.AddRange(QuotaLines.For(moved.Counted, moved.NotCounted, language));
                return new Reply(string.Join("\n\n", lines)) { Language = language, ChangedTaskIds = moved.Counted.Select(c => c.TaskId).ToList() };
            case TicketMove.Forbidden { Ticket: var t }:
                return CrmTexts.Reply(language, CrmText.TicketForbidden, t.OwnerName ?? t.OwnerId, t.Label);
            case TicketMove.Illegal { Ticket: var t, To: var target }:
                return CrmTexts.Reply(language, CrmText.TicketIllegal, t.Label, CrmTexts.Of(language, t.State), CrmTexts.Of(language, target));
            default:
                return CrmTexts.Reply(language, CrmText.TicketNotFound, $"#T{id}");
        }
    }

    private Reply List(Language language)
    {
        var open = tickets.Open(MaxOpen);
        if (open.Count == 0)
            return CrmTexts.Reply(language, CrmText.TicketListEmpty);
        var lines = open.OrderBy(t => t.Severity).ThenBy(t => t.CreatedAt).Take(MaxListed).Select(t => "- " + Line(t, language)).ToList();
        if (open.Count > MaxListed)
            lines.Add(CrmTexts.Get(language, CrmText.CustomerListMore, open.Count - MaxListed));
        return new Reply(CrmTexts.Get(language, CrmText.TicketListTitle, open.Count) + "\n\n" + string.Join("\n", lines)) { Language = language };
    }

    public static string Line(Ticket t, Language language) =>
        CrmTexts.Get(language, CrmText.TicketLine, t.Label, t.CustomerName, CrmTexts.Of(language, t.Severity), CrmTexts.Of(language, t.State), t.Summary,
            t.OwnerName is { } owner ? " · " + owner : "");
}
