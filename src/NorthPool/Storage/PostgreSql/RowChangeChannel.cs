using LiteDB;

namespace NorthPool.Storage.PostgreSql;

// The NOTIFY channel and payload of a committed row change: "<instance>\t<collection>\t<id as jsonb>". Channels are
// per database, so the name carries the schema: NorthPools in two schemas of one database do not hear each other.
internal static class RowChangeChannel
{
    public static string Name(string schema) => "northpool_rows:" + schema;

    public static string Payload(string instance, string collection, BsonValue id) =>
        $"{instance}\t{collection}\t{JsonbCodec.Write(id)}";

    public static (string Instance, string Collection, BsonValue Id)? Parse(string payload)
    {
        var parts = payload.Split('\t', 3);
        return parts.Length == 3 ? (parts[0], parts[1], JsonbCodec.Read(parts[2])) : null;
    }
}
