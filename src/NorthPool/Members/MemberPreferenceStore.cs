using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Members;

public sealed class MemberPreferenceStore(NorthPoolDb db, StoreWriter writer, TimeProvider timeProvider)
{
    public Language? Language(string memberId) => db.Members.FindById(memberId)?.Language;

    public Task SetLanguageAsync(string memberId, Language language, CancellationToken cancellationToken)
    {
        var preference = new MemberPreference { MemberId = memberId, Language = language, UpdatedAt = timeProvider.GetUtcNow() };
        return writer.WriteAsync(() => db.Members.Upsert(preference), cancellationToken);
    }
}
