namespace NorthPool.BotFramework.Inbound;

public abstract record AuthOutcome
{
    public sealed record Accepted(BotIdentity Identity) : AuthOutcome;

    public sealed record Refused(string Reason) : AuthOutcome;
}
