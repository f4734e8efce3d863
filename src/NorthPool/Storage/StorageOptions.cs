using Microsoft.Extensions.Options;

namespace NorthPool.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string DatabasePath { get; set; } = "./data/northpool.db";

    // Storage:DatabasePath as configured, for code that runs before the options are bound (restore, a start's error).
    public static string DatabasePathIn(IConfiguration? configuration) =>
        configuration?[$"{Section}:DatabasePath"] is { Length: > 0 } configured ? configured : new StorageOptions().DatabasePath;

    // How many queued writes one transaction may commit together under load.
    public int MaxWritesPerCommit { get; set; } = 16;
}

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
            result.AddError($"{StorageOptions.Section}:DatabasePath must be a file path, was empty");
        else if (options.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || Directory.Exists(options.DatabasePath))
            result.AddError($"{StorageOptions.Section}:DatabasePath must be a file path, was '{options.DatabasePath}'");
        if (options.MaxWritesPerCommit is < 1 or > 256)
            result.AddError($"{StorageOptions.Section}:MaxWritesPerCommit must be between 1 and 256, was {options.MaxWritesPerCommit}");
        return result.Build();
    }
}
