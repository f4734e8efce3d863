using Microsoft.Extensions.Options;

namespace NorthPool.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    // The LiteDB file (Provider LiteDb).
    public string DatabasePath { get; set; } = "./data/northpool.db";

    // ConnectionStrings:NorthPool (Provider PostgreSql), filled in when the options are bound.
    public string? ConnectionString { get; set; }

    public const string ConnectionStringKey = "ConnectionStrings:NorthPool";

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
        if (!Enum.IsDefined(options.Provider))
            result.AddError($"{StorageOptions.Section}:Provider must be LiteDb or PostgreSql, was '{options.Provider}'");
        if (options.Provider == StorageProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                result.AddError($"{StorageOptions.ConnectionStringKey} must be set when {StorageOptions.Section}:Provider is PostgreSql (Host=…;Database=…;Username=…;Password=…)");
            else if (PostgreSql.PostgreSqlConnection.Problem(options.ConnectionString) is { } problem)
                result.AddError($"{StorageOptions.ConnectionStringKey} {problem}");
        }
        else if (string.IsNullOrWhiteSpace(options.DatabasePath))
            result.AddError($"{StorageOptions.Section}:DatabasePath must be a file path, was empty");
        else if (options.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || Directory.Exists(options.DatabasePath))
            result.AddError($"{StorageOptions.Section}:DatabasePath must be a file path, was '{options.DatabasePath}'");
        if (options.MaxWritesPerCommit is < 1 or > 256)
            result.AddError($"{StorageOptions.Section}:MaxWritesPerCommit must be between 1 and 256, was {options.MaxWritesPerCommit}");
        return result.Build();
    }
}
