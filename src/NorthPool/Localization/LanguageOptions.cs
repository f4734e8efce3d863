using Microsoft.Extensions.Options;

namespace NorthPool.Localization;

// The "NorthPool" section's language and display settings.
public sealed class LanguageOptions
{
    public const string Section = "NorthPool";

    public string DefaultLanguage { get; set; } = "zh-CN";

    // IANA zone for times shown to members.
    public string TimeZone { get; set; } = "Asia/Shanghai";
}

public sealed class LanguageOptionsValidator : IValidateOptions<LanguageOptions>
{
    public ValidateOptionsResult Validate(string? name, LanguageOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        if (options.DefaultLanguage is not ("zh-CN" or "en-US"))
            result.AddError($"{LanguageOptions.Section}:DefaultLanguage must be 'zh-CN' or 'en-US', was '{options.DefaultLanguage}'");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
            result.AddError($"{LanguageOptions.Section}:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai)");
        return result.Build();
    }
}
