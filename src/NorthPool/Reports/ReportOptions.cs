using Microsoft.Extensions.Options;
using NorthPool.Localization;

namespace NorthPool.Reports;

public sealed class ReportOptions
{
    public const string Section = "Reports";

    // IANA zone for the schedule, "today" and every time shown in a report.
    public string TimeZone { get; set; } = "Asia/Shanghai";
    // Empty means the plan's even hours. (A list default would be merged with, not replaced by, configured items.)
    public List<int> Hours { get; set; } = [];
    public static readonly IReadOnlyList<int> DefaultHours = [8, 10, 12, 14, 16, 18, 20, 22];
    public IReadOnlyList<int> EffectiveHours => Hours.Count > 0 ? Hours : DefaultHours;
    public string Reporter { get; set; } = "北向负责人 曹丕";
    public string Language { get; set; } = "zh-CN";

    public Localization.Language ChannelLanguage => LanguageExtensions.FromTag(Language) ?? Localization.Language.ZhCn;

    // Teams user ids (29:…) or Entra object ids of the chairman; only they may give instructions.
    public List<string> ChairmanIds { get; set; } = [];

    // The chairman's channel by configuration; an admin can also register it with /设为汇报频道 in the channel.
    public string? ChannelConversationId { get; set; }

    // 三 销售业绩追踪: the monthly contract target, in 万 (10,000 CNY).
    public decimal MonthlyContractTargetWan { get; set; } = 500;

    // Who receives an instruction when it names neither a person nor a task with an owner: pool code → Teams user id.
    public Dictionary<string, string> PoolLeads { get; set; } = [];

    public WarningOptions Warnings { get; set; } = new();
}

// The rules of 八 异常预警, each with its threshold.
public sealed class WarningOptions
{
    public int DueSoonDays { get; set; } = 3;
    public int PausedLongerThanHours { get; set; } = 24;
    public int UntouchedForHours { get; set; } = 48;
    // 待分配 for longer than this (a working day) and nobody has claimed it.
    public int UnclaimedForHours { get; set; } = 24;
    public int MinInFlight { get; set; } = 50;
}

public sealed class ReportOptionsValidator : IValidateOptions<ReportOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportOptions options)
    {
        const string S = ReportOptions.Section;
        var result = new ValidateOptionsResultBuilder();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
            result.AddError($"{S}:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai)");
        if (options.Hours.Any(h => h is < 0 or > 23) || options.Hours.Distinct().Count() != options.Hours.Count)
            result.AddError($"{S}:Hours must be distinct hours from 0 to 23, was [{string.Join(", ", options.Hours)}]");
        if (options.Language is not ("zh-CN" or "en-US"))
            result.AddError($"{S}:Language must be 'zh-CN' or 'en-US', was '{options.Language}'");
        if (string.IsNullOrWhiteSpace(options.Reporter))
            result.AddError($"{S}:Reporter must name who reports, was empty");
        if (options.MonthlyContractTargetWan < 0)
            result.AddError($"{S}:MonthlyContractTargetWan must not be negative, was {options.MonthlyContractTargetWan}");
        var w = options.Warnings;
        if (w.DueSoonDays is < 1 or > 60)
            result.AddError($"{S}:Warnings:DueSoonDays must be between 1 and 60, was {w.DueSoonDays}");
        if (w.PausedLongerThanHours is < 1 or > 24 * 60)
            result.AddError($"{S}:Warnings:PausedLongerThanHours must be between 1 and 1440, was {w.PausedLongerThanHours}");
        if (w.UntouchedForHours is < 1 or > 24 * 60)
            result.AddError($"{S}:Warnings:UntouchedForHours must be between 1 and 1440, was {w.UntouchedForHours}");
        if (w.UnclaimedForHours is < 1 or > 24 * 60)
            result.AddError($"{S}:Warnings:UnclaimedForHours must be between 1 and 1440, was {w.UnclaimedForHours}");
        if (w.MinInFlight < 0)
            result.AddError($"{S}:Warnings:MinInFlight must not be negative, was {w.MinInFlight}");
        return result.Build();
    }
}
