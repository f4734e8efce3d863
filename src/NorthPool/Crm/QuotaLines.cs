using NorthPool.Localization;

namespace NorthPool.Crm;

// What a CRM record did to task quotas, as reply lines: counted toward whose instance, or not, and why.
public static class QuotaLines
{
    public static IEnumerable<string> For(IReadOnlyList<QuotaCount> counted, IReadOnlyList<QuotaMiss> missed, Language language) =>
        counted.Select(c => c.Target == 0
                ? CrmTexts.Get(language, CrmText.RecordedInto, c.TaskId, c.Title)
                : CrmTexts.Get(language, CrmText.VisitCounted, c.TaskId, c.Title, c.Done, c.Target, c.Unit))
            .Concat(missed.Select(m => m.OwnerName is { } owner
                ? CrmTexts.Get(language, CrmText.VisitNotCountedOwner, m.TemplateId, m.Title, owner)
                : CrmTexts.Get(language, CrmText.VisitNotCounted, m.TemplateId, m.Title)));
}
