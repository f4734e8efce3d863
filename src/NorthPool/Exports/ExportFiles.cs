using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NorthPool.Exports;

// Workbooks made by 导出, kept in memory until their link expires; at most MaxFiles at once (the oldest go first), so
// memory does not grow with use. A restart forgets them, which only shortens a link that was short-lived anyway.
public sealed class ExportFiles(IOptions<ExportOptions> options, TimeProvider timeProvider)
{
    public const int MaxFiles = 20;

    private readonly ConcurrentDictionary<string, ExportFile> _files = new();
    private readonly Lock _adding = new();

    public ExportFile Add(string fileName, byte[] content)
    {
        var file = new ExportFile(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), fileName, content,
            timeProvider.GetUtcNow().AddMinutes(options.Value.LinkMinutes));
        lock (_adding)
        {
            foreach (var old in _files.Values.Where(f => f.ExpiresAt <= timeProvider.GetUtcNow()).ToList())
                _files.TryRemove(old.Id, out _);
            while (_files.Count >= MaxFiles && _files.Values.MinBy(f => f.ExpiresAt) is { } oldest)
                _files.TryRemove(oldest.Id, out _);
            _files[file.Id] = file;
        }
        return file;
    }

    public ExportFile? Find(string id) =>
        _files.TryGetValue(id, out var file) && file.ExpiresAt > timeProvider.GetUtcNow() ? file : null;
}
