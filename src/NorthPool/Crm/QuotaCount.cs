namespace NorthPool.Crm;

// One unit a CRM record counted toward a task instance's quota (BD-001's visits, BD-030's new deals); Target 0 when
// the instance has no quota and the record went into its history (CS-001 问题处理).
public sealed record QuotaCount(string TaskId, string Title, int Done, int Target, string? Unit);

// A matching template the record could not count toward: no open instance of the member's, or one without a quota.
public sealed record QuotaMiss(string TemplateId, string Title, string? OwnerName);
