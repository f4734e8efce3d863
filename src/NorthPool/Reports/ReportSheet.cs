using NorthPool.Exports;
using NorthPool.Localization;

namespace NorthPool.Reports;

// 导出 汇报: the report as it stands now (compared with the last one sent), one row per line, section by section.
public sealed class ReportSheet(ProgressReportBuilder builder, ReportSections sections, ReportChannels channels, ReportRuns runs) : IExportSheet
{
    public IReadOnlyList<string> Words { get; } = ["汇报", "report"];

    public ExportTable Build(Language language, DateTimeOffset now)
    {
        var channel = channels.Current();
        var lastSent = channel is null ? null : runs.LatestSent(channel.ChannelId);
        var report = builder.Build(now, lastSent?.Snapshot);
        var rows = sections.For(report, language, builder.Zone)
            .SelectMany(section => section.Lines.Select(line => new object?[] { section.Heading, line.Label, line.Value }))
            .ToList();
        string[] headers = language == Language.ZhCn ? ["章节", "项目", "内容"] : ["Section", "Item", "Value"];
        return new ExportTable(language == Language.ZhCn ? "汇报" : "Report", headers, rows);
    }
}
