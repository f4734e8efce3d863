using NorthPool.Storage;

namespace NorthPool.Crm;

// Committed CRM changes (one per audit row), for pages that show CRM figures live.
public sealed class CrmChangeFeed : ChangeFeed<CrmChanged>;

public sealed record CrmChanged(string Record, long RecordId, string Action);
