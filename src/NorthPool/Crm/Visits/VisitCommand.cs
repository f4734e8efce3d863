using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Pools;

namespace NorthPool.Crm;

// 拜访 <customer> [电话|会议|培训] <summary> [下一步 <date> <step>]: records a contact, and counts it toward the
// visitor's own open instance of every template whose rule the customer matches (CrmQuotaRules), in one commit.
public sealed class VisitCommand(CustomerResolver resolver, VisitStore visits, PeriodCalendar calendar, TimeProvider timeProvider)
{
    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        Reply Say(string text) => new(text) { Language = language };
        var words = CrmArgs.Words(call.Args);
        if (words.Count < 2)
            return Say(CrmTexts.Get(language, CrmText.VisitUsage));

        var rest = words.Skip(1).ToList();
        var kind = VisitKind.Visit;
        if (rest.Count > 1 && CrmWords.Kind(rest[0]) is { } typedKind)
            (kind, rest) = (typedKind, rest[1..]);
        var next = rest.FindIndex(w => CrmWords.Is(w, CrmWords.NextStepWords));
        var summary = string.Join(' ', next < 0 ? rest : rest[..next]);
        if (summary.Length == 0)
            return Say(CrmTexts.Get(language, CrmText.VisitUsage));

        var now = timeProvider.GetUtcNow();
        DateOnly? nextOn = null;
        string? nextStep = null;
        if (next >= 0)
        {
            var after = rest[(next + 1)..];
            if (after.Count > 0 && DateText.Parse(after[0], calendar.Today(now)) is { } date)
            {
                nextOn = date;
                after = after[1..];
            }
            else if (after.Count > 0 && LooksLikeDate(after[0]))
            {
                return Say(CrmTexts.Get(language, CrmText.BadDate, after[0]));
            }
            nextStep = after.Count > 0 ? string.Join(' ', after) : null;
        }

        var resolution = resolver.Resolve(words[0]);
        if (resolution is not CustomerResolution.Found { Customer: var customer })
            return CustomerCommand.Unresolved(resolution, language);

        var visit = new Visit
        {
            ById = context.Member.Id, ByName = context.Member.Name, At = now, Kind = kind, Summary = summary,
            NextStep = nextStep, NextStepOn = nextOn, ActivityId = context.ActivityId,
        };
        var recorded = await visits.RecordAsync(visit, customer, context.Member, cancellationToken);
        return Say(Text(recorded, language)) with { ChangedTaskIds = recorded.Counted.Select(c => c.TaskId).ToList() };
    }

    private static string Text(VisitRecorded recorded, Language language)
    {
        var visit = recorded.Visit;
        var lines = new List<string>
        {
            CrmTexts.Get(language, CrmText.VisitRecorded, CrmTexts.Of(language, visit.Kind), recorded.Customer.Name, visit.Summary, visit.Label),
        };
        if (visit.NextStep is not null || visit.NextStepOn is not null)
            lines.Add(CrmTexts.Get(language, CrmText.VisitNextStep, visit.NextStepOn?.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—", visit.NextStep ?? "—"));
        lines.AddRange(QuotaLines.For(recorded.Counted, recorded.NotCounted, language));
        return string.Join("\n\n", lines);
    }

    // A word after 下一步 that was meant as a date ("13-45", "12/40") rather than the start of the step.
    private static bool LooksLikeDate(string word) => word.Length >= 3 && char.IsDigit(word[0]) && word.Any(c => c is '-' or '/' or '月' or '.');
}
