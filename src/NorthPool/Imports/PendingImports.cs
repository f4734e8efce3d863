using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace NorthPool.Imports;

// Dry runs waiting for their confirmation, in memory: a restart forgets them and the member sends the file again.
// Each is for the member who ran it and lapses after Imports:PendingMinutes.
public sealed class PendingImports(IOptions<ImportOptions> options, TimeProvider timeProvider)
{
    private const int MaxKept = 20;
    private readonly ConcurrentDictionary<string, PendingImport> _pending = new(StringComparer.Ordinal);

    public PendingImport Add(IImportSheet sheet, string fileName, string memberId, ImportPreview preview)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (id, old) in _pending)
        {
            if (old.Expires <= now || _pending.Count >= MaxKept)
                _pending.TryRemove(id, out _);
        }
        var pending = new PendingImport(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), sheet, fileName, memberId, preview, now.AddMinutes(options.Value.PendingMinutes));
        _pending[pending.Id] = pending;
        return pending;
    }

    // The dry run, taken so that it is confirmed once; null when there is none for this member (unknown, lapsed, or
    // confirmed or cancelled already).
    public PendingImport? Take(string id, string memberId)
    {
        if (!_pending.TryGetValue(id, out var pending) || pending.MemberId != memberId)
            return null;
        if (!_pending.TryRemove(id, out pending))
            return null;
        return pending.Expires > timeProvider.GetUtcNow() ? pending : null;
    }
}

public sealed record PendingImport(string Id, IImportSheet Sheet, string FileName, string MemberId, ImportPreview Preview, DateTimeOffset Expires);
