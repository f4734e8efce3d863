using Microsoft.Extensions.Options;

namespace NorthPool.Members;

// NorthPool:Admins: Teams user ids (29:…) or Entra object ids of the admins, seeded into the roles store at start.
public sealed class AdminOptions
{
    public const string Section = "NorthPool";

    public List<string> Admins { get; set; } = [];
}

public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options) =>
        options.Admins.Any(string.IsNullOrWhiteSpace)
            ? ValidateOptionsResult.Fail($"{AdminOptions.Section}:Admins must not contain empty entries")
            : ValidateOptionsResult.Success;
}
