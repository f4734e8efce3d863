using Microsoft.Extensions.Options;

namespace NorthPool.Hosting;

public sealed class NorthPoolOptions
{
    public const string Section = "NorthPool";

    // Teams user ids (29:…) or Entra object ids of members who may cancel any task.
    public List<string> Admins { get; set; } = [];
    public string DefaultLanguage { get; set; } = "zh-CN";
    public string TimeZone { get; set; } = "Asia/Shanghai";
}

public sealed class NorthPoolOptionsValidator : IValidateOptions<NorthPoolOptions>
{
    public ValidateOptionsResult Validate(string? name, NorthPoolOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        if (options.DefaultLanguage is not ("zh-CN" or "en-US"))
            result.AddError($"{NorthPoolOptions.Section}:DefaultLanguage must be 'zh-CN' or 'en-US', was '{options.DefaultLanguage}'");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
            result.AddError($"{NorthPoolOptions.Section}:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai)");
        if (options.Admins.Any(string.IsNullOrWhiteSpace))
            result.AddError($"{NorthPoolOptions.Section}:Admins must not contain empty entries");
        return result.Build();
    }
}
