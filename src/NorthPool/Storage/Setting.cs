namespace NorthPool.Storage;

// A named value the app keeps across restarts (e.g. who the chairman is, when an admin set it).
public sealed record Setting
{
    public string Id { get; init; } = "";
    public string Value { get; init; } = "";
}
