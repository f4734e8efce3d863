using System.Text.Json;
using NorthPool.Pools;

namespace NorthPool.Crm;

// Which visits count toward which task quotas (BD-001 每周3家: provincial telecom operators), as data next to the
// catalog (Pools/visit-rules.json). A rule matches a customer by industry, level, key-customer flag and words in
// its name or aliases; every condition it names must hold.
public sealed class VisitRules(IReadOnlyList<VisitRule> rules)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Pools", "visit-rules.json");

    public IReadOnlyList<VisitRule> All => rules;

    public IEnumerable<VisitRule> Matching(Customer customer) => rules.Where(r => r.Matches(customer));

    public static VisitRules Load(string path, Catalog catalog)
    {
        RulesFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<RulesFile>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            throw new InvalidDataException($"The visit rules {path} could not be read ({ex.Message}); restore the file from the release.", ex);
        }
        var parsed = new List<VisitRule>();
        foreach (var rule in file?.Rules ?? [])
        {
            if (catalog.Template(rule.Template ?? "") is null)
                throw new InvalidDataException($"The visit rules {path} name template '{rule.Template}', which the catalog does not have; fix the file.");
            Industry? industry = rule.Industry is null ? null
                : CrmWords.Industry(rule.Industry) ?? throw new InvalidDataException($"The visit rules {path} name industry '{rule.Industry}' (通信, 能源, 石化 or 其他); fix the file.");
            var levels = (rule.Levels ?? []).Select(l => CrmWords.Level(l) ?? throw new InvalidDataException($"The visit rules {path} name level '{l}' (集团, 省级 or 地市); fix the file.")).ToList();
            parsed.Add(new VisitRule(rule.Template!, industry, levels, rule.Keywords ?? [], rule.KeyCustomers));
        }
        return new VisitRules(parsed);
    }

    private sealed record RulesFile(List<RuleFile>? Rules);

    private sealed record RuleFile(string? Template, string? Industry, List<string>? Levels, List<string>? Keywords, bool KeyCustomers);
}

public sealed record VisitRule(string Template, Industry? Industry, IReadOnlyList<CustomerLevel> Levels, IReadOnlyList<string> Keywords, bool KeyCustomers)
{
    public bool Matches(Customer customer) =>
        (Industry is null || customer.Industry == Industry)
        && (Levels.Count == 0 || Levels.Contains(customer.Level))
        && (!KeyCustomers || customer.IsKey)
        && (Keywords.Count == 0 || Keywords.Any(k => customer.Name.Contains(k, StringComparison.OrdinalIgnoreCase) || customer.Aliases.Any(a => a.Contains(k, StringComparison.OrdinalIgnoreCase))));
}
