namespace NorthPool.BotFramework.Schema;

// The HTTP status goes on the wire; Body becomes the JSON body of the response to an invoke.
public sealed record InvokeResponse(int Status, object? Body)
{
    public static InvokeResponse Message(string text) =>
        new(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = text });

    public static InvokeResponse Card(object card) =>
        new(200, new { statusCode = 200, type = Attachment.AdaptiveCardType, value = card });

    public static InvokeResponse Error(int status, string code, string message) =>
        new(status, new { statusCode = status, type = "application/vnd.microsoft.error", value = new { code, message } });
}
