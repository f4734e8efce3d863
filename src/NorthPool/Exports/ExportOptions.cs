using Microsoft.Extensions.Options;

namespace NorthPool.Exports;

public sealed class ExportOptions
{
    public const string Section = "Exports";

    // Where members reach the bot (https://northpool.example.com); empty: the address the bot listens on.
    public string? PublicUrl { get; set; }

    // How long a download link works.
    public int LinkMinutes { get; set; } = 15;
}

public sealed class ExportOptionsValidator : IValidateOptions<ExportOptions>
{
    public ValidateOptionsResult Validate(string? name, ExportOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        if (!string.IsNullOrEmpty(options.PublicUrl)
            && (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            result.AddError($"{ExportOptions.Section}:PublicUrl must be an absolute http(s) URL, was '{options.PublicUrl}'");
        if (options.LinkMinutes is < 1 or > 1440)
            result.AddError($"{ExportOptions.Section}:LinkMinutes must be between 1 and 1440, was {options.LinkMinutes}");
        return result.Build();
    }
}
