using Microsoft.Extensions.Options;

namespace NorthPool.Board;

public sealed class BoardOptions
{
    public const string Section = "Board";

    // The public host the Teams tabs are served from (the --domain given to manifest/build-package.mjs): a tab's SSO
    // token is for api://<Domain>/<app id>. Unset, only v2 tokens (audience = the app id) are accepted.
    public string? Domain { get; set; }
}

public sealed class BoardOptionsValidator : IValidateOptions<BoardOptions>
{
    public ValidateOptionsResult Validate(string? name, BoardOptions options) =>
        options.Domain is { Length: > 0 } domain && Uri.CheckHostName(domain) is not (UriHostNameType.Dns or UriHostNameType.IPv4)
            ? ValidateOptionsResult.Fail($"{BoardOptions.Section}:Domain must be a host name such as northpool.example.com (no scheme, port or path), was '{domain}'")
            : ValidateOptionsResult.Success;
}
