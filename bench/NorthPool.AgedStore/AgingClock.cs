namespace NorthPool.AgedStore;

// Times and ids for a year of history ending at the app clock's now: members, activity ids and instants, all from one
// seeded Random so two agings of the same size at the same time make the same store.
public sealed class AgingClock(DateTimeOffset now, int seed = 42)
{
    public const int Members = 40;
    public static readonly TimeSpan Year = TimeSpan.FromDays(365);

    public Random Random { get; } = new(seed);

    public DateTimeOffset Now { get; } = now;

    public DateTimeOffset YearAgo => Now - Year;

    public (string Id, string Name) Member() => Member(Random.Next(Members));

    public static (string Id, string Name) Member(int i) => ($"29:member-{i % Members}", $"成员{i % Members}");

    // What Teams puts in activity.id; the store keeps it with every change a member makes.
    public string ActivityId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        return "1:" + Convert.ToHexStringLower(bytes);
    }

    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? from : from + TimeSpan.FromSeconds(Random.NextDouble() * (to - from).TotalSeconds);
}
