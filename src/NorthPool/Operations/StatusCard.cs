using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NorthPool.Cards;
using NorthPool.Cards.Elements;
using NorthPool.Localization;

namespace NorthPool.Operations;

// The 状态 card: overall health, version, uptime, and each readiness check in the member's words.
public static class StatusCard
{
    public static (string Text, AdaptiveCard Card) Build(HealthReport report, string version, TimeSpan up, Language language)
    {
        var zh = language == Language.ZhCn;
        var facts = new List<Fact>
        {
            new(zh ? "总体" : "Overall", Word(report.Status, zh)),
            new(zh ? "版本" : "Version", version),
            new(zh ? "运行时长" : "Up for", Span(up, zh)),
        };
        facts.AddRange(report.Entries.Select(e => new Fact(Name(e.Key, zh), Detail(e.Key, e.Value, zh) is { } detail ? $"{Word(e.Value.Status, zh)} · {detail}" : Word(e.Value.Status, zh))));
        var title = zh ? "NorthPool 运行状态" : "NorthPool status";
        var card = new AdaptiveCard
        {
            Body = [new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder }, new FactSet(facts)],
            FallbackText = title,
        };
        return (title + "\n" + string.Join("\n", facts.Select(f => $"{f.Title}: {f.Value}")), card);
    }

    // In the member's words for the checks NorthPool knows; /readyz keeps the checks' own (English) descriptions.
    private static string? Detail(string check, HealthReportEntry entry, bool zh)
    {
        object? Data(string key) => entry.Data.TryGetValue(key, out var value) ? value : null;
        return check switch
        {
            "store" when entry.Status == HealthStatus.Unhealthy => entry.Description,
            "store" => zh ? $"写入队列 {Data("queue")}，上次等待 {Data("lastWaitMs")} 毫秒" : $"write queue {Data("queue")}, last wait {Data("lastWaitMs")} ms",
            "backup" when Data("last") is { } last => zh ? $"{last}（{Data("ageHours")} 小时前）" : $"{last} ({Data("ageHours")} h ago)",
            "backup" => zh ? $"还没有备份（{Data("folder")}）" : $"no backup yet ({Data("folder")})",
            "scheduler" => null,
            _ => entry.Description,
        };
    }

    private static string Word(HealthStatus status, bool zh) => status switch
    {
        HealthStatus.Healthy => zh ? "✅ 正常" : "✅ healthy",
        HealthStatus.Degraded => zh ? "⚠️ 需要关注" : "⚠️ needs attention",
        _ => zh ? "❌ 异常" : "❌ failing",
    };

    private static string Name(string check, bool zh) => (check, zh) switch
    {
        ("store", true) => "数据库",
        ("store", false) => "Store",
        ("scheduler", true) => "定时任务",
        ("scheduler", false) => "Scheduler",
        ("backup", true) => "最近备份",
        ("backup", false) => "Last backup",
        _ => check,
    };

    private static string Span(TimeSpan span, bool zh) => zh
        ? $"{(int)span.TotalDays} 天 {span.Hours} 小时 {span.Minutes} 分"
        : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h {span.Minutes} min");
}
