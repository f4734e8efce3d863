namespace NorthPool.BotFramework.Inbound;

// Who called the endpoint. Anonymous only in local mode.
public sealed record BotIdentity(string Issuer, TokenProfile Profile, string? ServiceUrlClaim, IReadOnlyList<string>? Endorsements)
{
    public static readonly BotIdentity Anonymous = new("anonymous", TokenProfile.Anonymous, null, null);
}

public enum TokenProfile
{
    Anonymous,
    BotFramework,
    Entra,
}
