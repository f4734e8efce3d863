using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LiteDB;

namespace NorthPool.Storage.PostgreSql;

// BSON ⇄ jsonb text, every BSON type kept: what JSON has is written plainly, the rest as a one-key object
// ({"$numberLong": 5}, {"$date": "2026-11-29T10:00:00.000Z"}, …) so a row reads back as the document it was.
// Numbers stay numbers inside their tags, so northpool_key() (PostgreSqlSchema) can unwrap them and every index and
// comparison sees 5, 5L, 5.0 and 5m alike, as LiteDB does; dates are fixed-width UTC text and sort in time order.
internal static class JsonbCodec
{
    public static string Write(BsonValue value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(writer, value, tagged: true);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // The value as northpool_key() sees it: numbers of every BSON type plain, so a parameter compares with stored values
    // of any numeric type.
    public static string Key(BsonValue value)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(writer, value, tagged: false);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static BsonValue Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    private static void Write(Utf8JsonWriter writer, BsonValue value, bool tagged)
    {
        switch (value.Type)
        {
            case BsonType.Null:
                writer.WriteNullValue();
                break;
            case BsonType.String:
                writer.WriteStringValue(value.AsString);
                break;
            case BsonType.Boolean:
                writer.WriteBooleanValue(value.AsBoolean);
                break;
            case BsonType.Int32:
                writer.WriteNumberValue(value.AsInt32);
                break;
            case BsonType.Int64:
                Tagged(writer, "$numberLong", tagged, w => w.WriteNumberValue(value.AsInt64));
                break;
            case BsonType.Double when double.IsFinite(value.AsDouble):
                Tagged(writer, "$numberDouble", tagged, w => w.WriteNumberValue(value.AsDouble));
                break;
            case BsonType.Double:
                Tagged(writer, "$numberDouble", true, w => w.WriteStringValue(value.AsDouble.ToString(CultureInfo.InvariantCulture)));
                break;
            case BsonType.Decimal:
                Tagged(writer, "$numberDecimal", tagged, w => w.WriteNumberValue(value.AsDecimal));
                break;
            case BsonType.DateTime:
                // LiteDB keeps milliseconds; so does this, so both stores hand back the same instant.
                var utc = value.AsDateTime.ToUniversalTime();
                utc = new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
                Tagged(writer, "$date", true, w => w.WriteStringValue(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)));
                break;
            case BsonType.Guid:
                Tagged(writer, "$guid", true, w => w.WriteStringValue(value.AsGuid.ToString("D")));
                break;
            case BsonType.ObjectId:
                Tagged(writer, "$oid", true, w => w.WriteStringValue(value.AsObjectId.ToString()));
                break;
            case BsonType.Binary:
                Tagged(writer, "$binary", true, w => w.WriteBase64StringValue(value.AsBinary));
                break;
            case BsonType.MinValue:
                Tagged(writer, "$minValue", true, w => w.WriteNumberValue(1));
                break;
            case BsonType.MaxValue:
                Tagged(writer, "$maxValue", true, w => w.WriteNumberValue(1));
                break;
            case BsonType.Array:
                writer.WriteStartArray();
                foreach (var item in value.AsArray)
                    Write(writer, item, tagged);
                writer.WriteEndArray();
                break;
            case BsonType.Document:
                writer.WriteStartObject();
                foreach (var (name, item) in value.AsDocument)
                {
                    writer.WritePropertyName(name);
                    Write(writer, item, tagged);
                }
                writer.WriteEndObject();
                break;
            default:
                throw new NotSupportedException($"BSON type {value.Type} cannot be stored in PostgreSQL.");
        }
    }

    private static void Tagged(Utf8JsonWriter writer, string tag, bool tagged, Action<Utf8JsonWriter> write)
    {
        if (!tagged)
        {
            write(writer);
            return;
        }
        writer.WriteStartObject();
        writer.WritePropertyName(tag);
        write(writer);
        writer.WriteEndObject();
    }

    private static BsonValue Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return BsonValue.Null;
            case JsonValueKind.String:
                return new BsonValue(element.GetString());
            case JsonValueKind.True:
                return new BsonValue(true);
            case JsonValueKind.False:
                return new BsonValue(false);
            case JsonValueKind.Number:
                return element.TryGetInt32(out var int32) ? new BsonValue(int32)
                    : element.TryGetInt64(out var int64) ? new BsonValue(int64)
                    : new BsonValue(element.GetDouble());
            case JsonValueKind.Array:
                var array = new BsonArray();
                foreach (var item in element.EnumerateArray())
                    array.Add(Read(item));
                return array;
            default:
                return ReadObject(element);
        }
    }

    private static BsonValue ReadObject(JsonElement element)
    {
        using var properties = element.EnumerateObject();
        if (properties.MoveNext() && properties.Current.Name.StartsWith('$'))
        {
            var (tag, value) = (properties.Current.Name, properties.Current.Value);
            if (!properties.MoveNext() && ReadTagged(tag, value) is { } tagged)
                return tagged;
        }
        var document = new BsonDocument();
        foreach (var property in element.EnumerateObject())
            document[property.Name] = Read(property.Value);
        return document;
    }

    private static BsonValue? ReadTagged(string tag, JsonElement value) => tag switch
    {
        "$numberLong" => new BsonValue(value.GetInt64()),
        "$numberDouble" => new BsonValue(value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble()),
        "$numberDecimal" => new BsonValue(value.GetDecimal()),
        "$date" => new BsonValue(DateTime.ParseExact(value.GetString()!, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)),
        "$guid" => new BsonValue(Guid.Parse(value.GetString()!)),
        "$oid" => new BsonValue(new ObjectId(value.GetString()!)),
        "$binary" => new BsonValue(value.GetBytesFromBase64()),
        "$minValue" => BsonValue.MinValue,
        "$maxValue" => BsonValue.MaxValue,
        _ => null,
    };
}
