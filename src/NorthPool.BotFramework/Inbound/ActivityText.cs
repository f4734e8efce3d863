using System.Buffers;
using System.Text;
using System.Text.Json;
using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework.Inbound;

// The text of an activity as the app will read it. The parts kept as JSON (value, channelData, unknown fields) are
// only unescaped when the app reads them, so a lone surrogate (\ud800) there would throw mid-turn: it is found here
// instead. Noncharacters (U+FFFE, U+FFFF, U+FDD0…) are removed from what becomes a command, because .NET's Unicode
// normalization refuses them; they carry no meaning in a chat message.
public static class ActivityText
{
    // The name of the first part that holds a lone surrogate, or null when every string is well-formed UTF-16.
    public static string? FindLoneSurrogate(Activity activity)
    {
        if (activity.Value is { } value && !IsWellFormed(value))
            return "value";
        if (activity.ChannelData is { } channelData && !IsWellFormed(channelData))
            return "channelData";
        foreach (var (name, element) in activity.Properties ?? [])
        {
            if (!IsWellFormed(element))
                return name;
        }
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Properties?.Values.Any(e => !IsWellFormed(e)) == true)
                return "entities";
        }
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is JsonElement content && !IsWellFormed(content))
                return "attachments";
        }
        return null;
    }

    public static Activity WithoutNoncharacters(Activity activity)
    {
        var inValue = activity.Value is { } value && HasNoncharacter(value);
        var inEntities = activity.Entities?.Any(e => HasNoncharacter(e.Text)) == true;
        if (!HasNoncharacter(activity.Text) && !inValue && !inEntities)
            return activity;
        return activity with
        {
            Text = Strip(activity.Text),
            Value = inValue ? Rewrite(activity.Value!.Value) : activity.Value,
            Entities = inEntities ? activity.Entities!.Select(e => e with { Text = Strip(e.Text) }).ToList() : activity.Entities,
        };
    }

    public static bool IsNoncharacter(Rune rune) => rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;

    private static bool IsWellFormed(JsonElement element)
    {
        try
        {
            return Walk(element, _ => true);
        }
        catch (InvalidOperationException)
        {
            return false; // JsonElement refuses to unescape a lone surrogate
        }
    }

    // Visits every string and property name; stops at the first for which visit returns false.
    private static bool Walk(JsonElement element, Func<string, bool> visit) => element.ValueKind switch
    {
        JsonValueKind.String => visit(element.GetString()!),
        JsonValueKind.Array => element.EnumerateArray().All(item => Walk(item, visit)),
        JsonValueKind.Object => element.EnumerateObject().All(p => visit(p.Name) && Walk(p.Value, visit)),
        _ => true,
    };

    private static bool HasNoncharacter(JsonElement element) => !Walk(element, s => !HasNoncharacter(s));

    private static bool HasNoncharacter(string? text)
    {
        if (text is null)
            return false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsNoncharacter(rune))
                return true;
        }
        return false;
    }

    private static string? Strip(string? text)
    {
        if (!HasNoncharacter(text))
            return text;
        var kept = new StringBuilder(text!.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsNoncharacter(rune))
                kept.Append(rune.ToString());
        }
        return kept.ToString();
    }

    private static JsonElement Rewrite(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            Copy(element, writer);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void Copy(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                writer.WriteStringValue(Strip(element.GetString()));
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    Copy(item, writer);
                writer.WriteEndArray();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(Strip(property.Name)!);
                    Copy(property.Value, writer);
                }
                writer.WriteEndObject();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
