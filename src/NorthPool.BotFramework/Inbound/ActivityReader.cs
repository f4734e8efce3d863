using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework.Inbound;

public static class ActivityReader
{
    public static readonly IReadOnlySet<string> HandledTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
    };

    // Returns null when the body is larger than maxBytes; never buffers more than maxBytes + 1.
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static ReadResult Parse(byte[] body)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException ex)
        {
            return new ReadResult(null, $"malformed JSON: {ex.Message}");
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type))
            return new ReadResult(null, "the activity has no type");
        if (!HandledTypes.Contains(activity.Type))
            return new ReadResult(activity, null);
        if (string.IsNullOrEmpty(activity.ServiceUrl) || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _))
            return new ReadResult(null, "the activity has no absolute serviceUrl");
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
            return new ReadResult(null, "the activity has no conversation.id");
        if (string.IsNullOrEmpty(activity.From?.Id))
            return new ReadResult(null, "the activity has no from.id");
        if (ActivityText.FindLoneSurrogate(activity) is { } part)
            return new ReadResult(null, $"{part} holds a lone surrogate, which is not valid Unicode text");
        return new ReadResult(ActivityText.WithoutNoncharacters(activity), null);
    }
}

public sealed record ReadResult(Activity? Activity, string? Error);
