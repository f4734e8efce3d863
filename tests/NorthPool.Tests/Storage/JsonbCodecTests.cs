using LiteDB;
using NorthPool.Storage.PostgreSql;

namespace NorthPool.Tests.Storage;

public sealed class JsonbCodecTests
{
    [Fact]
    public void EveryBsonTypeReadsBackAsTheTypeAndValueItWasWrittenWith()
    {
        var doc = new BsonDocument
        {
            ["_id"] = 42L,
            ["int"] = 7,
            ["long"] = 9_007_199_254_740_993L,
            ["double"] = 2.5,
            ["decimal"] = 1234567.89m,
            ["text"] = "省级运营商拓展 \"quoted\" \\ <at>",
            ["yes"] = true,
            ["at"] = new DateTime(2026, 11, 29, 10, 15, 30, 123, DateTimeKind.Utc),
            ["guid"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            ["oid"] = new ObjectId("507f1f77bcf86cd799439011"),
            ["bytes"] = new byte[] { 0, 1, 254, 255 },
            ["keys"] = new BsonArray { "中国移动", 3L, new BsonDocument { ["nested"] = 1.5m } },
            ["sub"] = new BsonDocument { ["$notATag"] = 1, ["other"] = "x" },
        };

        var read = JsonbCodec.Read(JsonbCodec.Write(doc)).AsDocument;

        foreach (var (name, value) in doc)
        {
            Assert.Equal(value.Type, read[name].Type);
            Assert.Equal(value, read[name]);
        }
    }

    [Fact]
    public void NumbersOfEveryTypeShareOneKeySoTheyCompareAsLiteDbComparesThem()
    {
        Assert.Equal("5", JsonbCodec.Key(5));
        Assert.Equal("5", JsonbCodec.Key(5L));
        Assert.Equal("5", JsonbCodec.Key(5.0));
        Assert.Equal("5", JsonbCodec.Key(5m));
        Assert.Equal("{\"$numberLong\":5}", JsonbCodec.Write(5L));
    }

    [Fact]
    public void DatesAreWrittenAsFixedWidthUtcTextToTheMillisecondAsLiteDbKeepsThem()
    {
        var at = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1_234_567);

        Assert.Equal("{\"$date\":\"2026-01-02T03:04:05.123Z\"}", JsonbCodec.Write(at));
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, 123, DateTimeKind.Utc), JsonbCodec.Read(JsonbCodec.Write(at)).AsDateTime);
    }
}
