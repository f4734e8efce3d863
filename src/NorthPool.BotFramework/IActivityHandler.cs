using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework;

// The one seam between the protocol and the app. Invokes return their response; other activities return null.
public interface IActivityHandler
{
    Task<InvokeResponse?> OnActivityAsync(Activity activity, CancellationToken cancellationToken);
}
