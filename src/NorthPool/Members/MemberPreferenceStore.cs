using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Members;

// Each member's chosen language, read on every turn: kept in memory after the first read (only this class writes it).
public sealed class MemberPreferenceStore(NorthPoolDb db, StoreWriter writer, TimeProvider timeProvider)
{
    private readonly RowMemory<Language?> _languages = new();

    // Made once: a lambda built at each call would be an allocation on every turn.
    private readonly Func<string, Language?> _read = id => db.Members.FindById(id)?.Language;

    public Language? Language(string memberId) => _languages.Get(memberId, _read);

    // Changed by another instance (MemberRowChanges): read again when next asked.
    public void Forget(string memberId) => _languages.Forget(memberId);

    public void ForgetAll() => _languages.Clear();

    public async Task SetLanguageAsync(string memberId, Language language, CancellationToken cancellationToken)
    {
        var preference = new MemberPreference { MemberId = memberId, Language = language, UpdatedAt = timeProvider.GetUtcNow() };
        await writer.WriteAsync(() => db.Members.Upsert(preference), cancellationToken);
        _languages.Set(memberId, language);
    }
}
