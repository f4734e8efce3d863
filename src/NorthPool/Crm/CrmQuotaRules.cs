using System.Text.Json;
using NorthPool.Pools;

namespace NorthPool.Crm;

// Which CRM records count toward which task quotas, as data next to the catalog (Pools/crm-quota-rules.json): visits by
// customer segment (BD-001 每周3家: provincial telecom operators; a rule matches by industry, level, key-customer flag
// and words in the name or aliases, every condition it names holding), new opportunities (BD-030 每周10条) and resolved
// tickets (CS-001 问题处理) and new partners by kind (技术 → EC-001, 渠道 → EC-002).
public sealed class CrmQuotaRules(
    IReadOnlyList<VisitRule> rules, IReadOnlyList<string> newOpportunities, IReadOnlyList<string> resolvedTickets,
    IReadOnlyDictionary<PartnerKind, IReadOnlyList<string>> newPartners)
{
    public IReadOnlyList<string> NewPartners(PartnerKind kind) => newPartners.GetValueOrDefault(kind) ?? [];

    public IReadOnlyList<string> NewOpportunities => newOpportunities;

    public IReadOnlyList<string> ResolvedTickets => resolvedTickets;

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Pools", "crm-quota-rules.json");

    public IReadOnlyList<VisitRule> All => rules;

    public IEnumerable<VisitRule> Matching(Customer customer) => rules.Where(r => r.Matches(customer));

    public static CrmQuotaRules Load(string path, Catalog catalog)
    {
        RulesFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<RulesFile>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            throw new InvalidDataException($"The quota rules {path} could not be read ({ex.Message}); restore the file from the release.", ex);
        }
        var parsed = new List<VisitRule>();
        foreach (var rule in file?.Rules ?? [])
        {
            if (catalog.Template(rule.Template ?? "") is null)
                throw new InvalidDataException($"The quota rules {path} name template '{rule.Template}', which the catalog does not have; fix the file.");
            Industry? industry = rule.Industry is null ? null
                : CrmWords.Industry(rule.Industry) ?? throw new InvalidDataException($"The quota rules {path} name industry '{rule.Industry}' (通信, 能源, 石化 or 其他); fix the file.");
            var levels = (rule.Levels ?? []).Select(l => CrmWords.Level(l) ?? throw new InvalidDataException($"The quota rules {path} name level '{l}' (集团, 省级 or 地市); fix the file.")).ToList();
            parsed.Add(new VisitRule(rule.Template!, industry, levels, rule.Keywords ?? [], rule.KeyCustomers));
        }
        var partners = new Dictionary<PartnerKind, IReadOnlyList<string>>();
        foreach (var (word, templates) in file?.NewPartners ?? [])
        {
            var kind = CrmWords.PartnerKind(word) ?? throw new InvalidDataException($"The quota rules {path} name partner kind '{word}' (技术, 渠道, 系统集成商 or 协会); fix the file.");
            partners[kind] = templates;
        }
        foreach (var template in (file?.NewOpportunities ?? []).Concat(file?.ResolvedTickets ?? []).Concat(partners.Values.SelectMany(t => t)))
        {
            if (catalog.Template(template) is null)
                throw new InvalidDataException($"The quota rules {path} name template '{template}', which the catalog does not have; fix the file.");
        }
        return new CrmQuotaRules(parsed, file?.NewOpportunities ?? [], file?.ResolvedTickets ?? [], partners);
    }

    private sealed record RulesFile(List<RuleFile>? Rules, List<string>? NewOpportunities, List<string>? ResolvedTickets, Dictionary<string, List<string>>? NewPartners);

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
