using Microsoft.Extensions.Options;
using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Reports;

// Who may give instructions: Reports:ChairmanIds, or the member an admin named with /设为董事长 @name.
public sealed class Chairman(NorthPoolDb db, StoreWriter writer, IOptions<ReportOptions> options)
{
    private const string SettingId = "chairman";

    public bool Is(string memberId, string? aadObjectId)
    {
        var configured = options.Value.ChairmanIds;
        if (configured.Contains(memberId, StringComparer.OrdinalIgnoreCase) || (aadObjectId is not null && configured.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase)))
            return true;
        return db.Settings.FindById(SettingId) is { } setting && string.Equals(setting.Value, memberId, StringComparison.Ordinal);
    }

    public Task SetAsync(string memberId, CancellationToken cancellationToken) =>
        writer.WriteAsync(() => db.Settings.Upsert(new Setting { Id = SettingId, Value = memberId }), cancellationToken);
}
