using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Schema;
using NorthPool.Hosting;
using NorthPool.Members;

namespace NorthPool.Bot;

// Who is speaking, and whether configuration names them an admin (by Teams id or Entra object id).
public sealed class MemberDirectory(IOptions<NorthPoolOptions> options)
{
    public Member From(Activity activity)
    {
        var from = activity.From!;
        var admins = options.Value.Admins;
        var isAdmin = admins.Contains(from.Id, StringComparer.OrdinalIgnoreCase)
            || (from.AadObjectId is { } aad && admins.Contains(aad, StringComparer.OrdinalIgnoreCase));
        return new Member(from.Id, string.IsNullOrWhiteSpace(from.Name) ? from.Id : from.Name, isAdmin) { AadObjectId = from.AadObjectId };
    }
}
