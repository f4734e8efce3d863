using System.Net;

namespace NorthPool.BotFramework.Outbound;

public enum SendStatus
{
    Sent,
    Throttled,
    NotFound,
    Forbidden,
    BadRequest,
    Failed,
}

// ActivityId is what the connector gave back (needed to update a card in place later); null for 202 answers.
public sealed record SendOutcome(SendStatus Status, int HttpStatus, string? ActivityId, string? Error)
{
    public bool IsSuccess => Status == SendStatus.Sent;

    public static SendStatus Classify(HttpStatusCode status) => (int)status switch
    {
        >= 200 and < 300 => SendStatus.Sent,
        429 => SendStatus.Throttled,
        404 => SendStatus.NotFound,
        401 or 403 => SendStatus.Forbidden,
        400 or 413 => SendStatus.BadRequest,
        _ => SendStatus.Failed,
    };
}
