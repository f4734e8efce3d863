using System.Text.Json;
using System.Text.Json.Serialization;

namespace NorthPool.Pools;

// The plan's pools and task templates, as shipped in Pools/catalog.json (a copy of shared/seed/catalog.json). The
// §12.3 timetable (daily_examples) gives some templates a time of day.
public sealed record Catalog(IReadOnlyList<Pool> Pools, IReadOnlyList<TaskTemplate> Templates)
{
    private readonly Dictionary<string, TaskTemplate> _byId = Templates.ToDictionary(t => t.Id, StringComparer.Ordinal);

    // The plan's daily targets (§10.2): at least this many in flight, done a day, and this completion rate.
    public DailyTargets Daily { get; init; } = DailyTargets.Plan;

    // The template with this id (BD-001), if the catalog has one.
    public TaskTemplate? Template(string id) => _byId.GetValueOrDefault(id);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static Catalog Load(string path)
    {
        CatalogFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<CatalogFile>(stream, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The catalog {path} is not valid ({ex.Message}); restore it from the release.", ex);
        }
        if (file is null || file.Pools.Count == 0 || file.Templates.Count == 0)
            throw new InvalidDataException($"The catalog {path} has no pools or no templates; restore it from the release.");

        var times = (file.DailyExamples ?? []).ToDictionary(e => e.Id, e => TimeOnly.Parse(e.Time, System.Globalization.CultureInfo.InvariantCulture));
        var templates = file.Templates
            .Select(t => times.TryGetValue(t.Id, out var time) ? t with { TimeOfDay = time } : t)
            .ToList();
        return new Catalog(file.Pools, templates) { Daily = file.DailyTargets ?? DailyTargets.Plan };
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Pools", "catalog.json");

    private sealed record CatalogFile(List<Pool> Pools, List<TaskTemplate> Templates, List<DailyExample>? DailyExamples, DailyTargets? DailyTargets);

    private sealed record DailyExample(string Id, string Time);
}
