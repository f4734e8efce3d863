using System.Text.Json;

namespace NorthPool.Pools;

// The plan's pools and task templates, as shipped in Pools/catalog.json (a copy of shared/seed/catalog.json).
public sealed record Catalog(IReadOnlyList<Pool> Pools, IReadOnlyList<TaskTemplate> Templates)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Catalog Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, Json)
            ?? throw new InvalidDataException($"{path} is empty");
        return new Catalog(file.Pools, file.Templates);
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Pools", "catalog.json");

    private sealed record CatalogFile(List<Pool> Pools, List<TaskTemplate> Templates);
}
