using Microsoft.Extensions.Options;

namespace NorthPool.BotFramework;

public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        const string S = BotFrameworkOptions.Section;

        if (options.HasAppId)
        {
            if (!Guid.TryParse(options.AppId, out _))
                result.AddError($"{S}:AppId must be the bot's Entra application id (a GUID), was '{options.AppId}'");
            if (string.IsNullOrWhiteSpace(options.AppPassword))
                result.AddError($"{S}:AppPassword must be set when {S}:AppId is set");
            if (options.AppType == BotAppType.SingleTenant && !Guid.TryParse(options.TenantId, out _))
                result.AddError($"{S}:TenantId must be the bot's tenant GUID for a SingleTenant bot, was '{options.TenantId}'");
            if (options.AllowUnauthenticatedLocalRequests)
                result.AddError($"{S}:AllowUnauthenticatedLocalRequests must be false when {S}:AppId is set");
        }

        CheckUrl(result, $"{S}:OpenIdMetadataUrl", options.OpenIdMetadataUrl, options.RequireHttpsMetadata);
        CheckUrl(result, $"{S}:EntraOpenIdMetadataUrl", options.EntraOpenIdMetadataUrl.Replace("{tenantId}", "common"), options.RequireHttpsMetadata);
        CheckUrl(result, $"{S}:AuthorityHost", options.AuthorityHost, requireHttps: true);

        if (options.MaxRequestBytes is < 1024 or > 10 * 1024 * 1024)
            result.AddError($"{S}:MaxRequestBytes must be between 1024 and 10485760, was {options.MaxRequestBytes}");
        if (options.TurnTimeout < TimeSpan.FromSeconds(1) || options.TurnTimeout > TimeSpan.FromMinutes(5))
            result.AddError($"{S}:TurnTimeout must be between 00:00:01 and 00:05:00, was {options.TurnTimeout}");
        if (options.OpenIdFetchTimeout < TimeSpan.FromSeconds(1) || options.OpenIdFetchTimeout > TimeSpan.FromMinutes(2))
            result.AddError($"{S}:OpenIdFetchTimeout must be between 00:00:01 and 00:02:00, was {options.OpenIdFetchTimeout}");
        if (options.ConnectorMaxRetries is < 0 or > 10)
            result.AddError($"{S}:ConnectorMaxRetries must be between 0 and 10, was {options.ConnectorMaxRetries}");
        if (options.ConnectorRetryBaseDelay < TimeSpan.Zero || options.ConnectorRetryBaseDelay > TimeSpan.FromMinutes(1))
            result.AddError($"{S}:ConnectorRetryBaseDelay must be between 00:00:00 and 00:01:00, was {options.ConnectorRetryBaseDelay}");
        if (options.ConnectorAttemptTimeout < TimeSpan.FromSeconds(1) || options.ConnectorAttemptTimeout > TimeSpan.FromSeconds(100))
            result.AddError($"{S}:ConnectorAttemptTimeout must be between 00:00:01 and 00:01:40, was {options.ConnectorAttemptTimeout}");

        return result.Build();
    }

    private static void CheckUrl(ValidateOptionsResultBuilder result, string key, string? value, bool requireHttps)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
            result.AddError($"{key} must be an absolute URL, was '{value}'");
        else if (requireHttps && uri.Scheme != Uri.UriSchemeHttps)
            result.AddError($"{key} must use https, was '{value}'");
    }
}
