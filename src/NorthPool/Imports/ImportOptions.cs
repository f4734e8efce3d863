using Microsoft.Extensions.Options;

namespace NorthPool.Imports;

public sealed class ImportOptions
{
    public const string Section = "Imports";

    // Where Teams keeps the files members send: it hands a personal chat's file over as a pre-authenticated
    // SharePoint link.
    public static readonly IReadOnlyList<string> SharePointHosts = ["*.sharepoint.com", "*.sharepoint.cn", "*.sharepoint-df.com"];

    // Hosts a file may be downloaded from, SharePointHosts when none are set ("*.example.com" matches any
    // sub-domain). Anything else is refused, so a message cannot make the bot fetch an address of its choosing. (Empty
    // by default: the configuration binder appends to a list that starts filled, so a setting could not replace it.)
    public List<string> AllowedHosts { get; set; } = [];

    public IReadOnlyList<string> Hosts => AllowedHosts.Count > 0 ? AllowedHosts : SharePointHosts;

    public int MaxFileKilobytes { get; set; } = 10 * 1024;

    public int MaxRows { get; set; } = 20_000;

    // How long a dry run waits for its confirmation.
    public int PendingMinutes { get; set; } = 30;
}

public sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        if (options.AllowedHosts.Any(h => string.IsNullOrWhiteSpace(h) || h.Contains('/') || h.Contains(':')))
            result.AddError($"{ImportOptions.Section}:AllowedHosts must be host names such as *.sharepoint.com, was '{string.Join(", ", options.AllowedHosts)}'");
        if (options.MaxFileKilobytes is < 1 or > 100 * 1024)
            result.AddError($"{ImportOptions.Section}:MaxFileKilobytes must be between 1 and 102400, was {options.MaxFileKilobytes}");
        if (options.MaxRows is < 1 or > 200_000)
            result.AddError($"{ImportOptions.Section}:MaxRows must be between 1 and 200000, was {options.MaxRows}");
        if (options.PendingMinutes is < 1 or > 1440)
            result.AddError($"{ImportOptions.Section}:PendingMinutes must be between 1 and 1440, was {options.PendingMinutes}");
        return result.Build();
    }
}
