using System.Collections.Concurrent;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Members;

// Each member's chosen language, read on every turn: kept in memory after the first read (only this class writes it).
public sealed class MemberPreferenceStore(NorthPoolDb db, StoreWriter writer, TimeProvider timeProvider)
{
    // Far above any team; past it the memory starts again rather than grow with every id ever seen.
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, Language?> _languages = new(StringComparer.Ordinal);

    public Language? Language(string memberId)
    {
        if (_languages.TryGetValue(memberId, out var known))
            return known;
        if (_languages.Count >= MaxRemembered)
            _languages.Clear();
        // GetOrAdd: a choice saved meanwhile is not overwritten by what was read before it.
        return _languages.GetOrAdd(memberId, id => db.Members.FindById(id)?.Language);
    }

    public async Task SetLanguageAsync(string memberId, Language language, CancellationToken cancellationToken)
    {
        var preference = new MemberPreference { MemberId = memberId, Language = language, UpdatedAt = timeProvider.GetUtcNow() };
        await writer.WriteAsync(() => db.Members.Upsert(preference), cancellationToken);
        _languages[memberId] = language;
    }
}
