using System.Text.Json;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Schema;

namespace NorthPool.Imports;

// The file attached to a message, fetched. Teams delivers a personal chat's file as a
// "application/vnd.microsoft.teams.file.download.info" attachment whose content.downloadUrl is a pre-authenticated
// link; other clients put the file's address in contentUrl. Only allowed hosts are fetched, and no more than the
// size limit is read.
public sealed partial class ImportDownloads(IHttpClientFactory httpClientFactory, IOptions<ImportOptions> options, ILogger<ImportDownloads> logger)
{
    public const string HttpClientName = "imports";

    public const string TeamsFileType = "application/vnd.microsoft.teams.file.download.info";

    public static bool HasFile(Activity activity) => Find(activity) is not null;

    public async Task<(ImportFile? File, ImportFileProblem Problem)> DownloadAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Find(activity) is not { } found)
            return (null, ImportFileProblem.NoFile);
        var (name, url) = found;
        if (Kind(name) is not { } kind)
            return (null, ImportFileProblem.NotATable);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !Allowed(uri))
        {
            LogRefusedHost(logger, uri?.Host ?? url);
            return (null, ImportFileProblem.HostNotAllowed);
        }

        var limit = options.Value.MaxFileKilobytes * 1024L;
        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, uri.Host, (int)response.StatusCode);
                return (null, ImportFileProblem.DownloadFailed);
            }
            if (response.Content.Headers.ContentLength > limit)
                return (null, ImportFileProblem.TooLarge);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (copy.Length + read > limit)
                    return (null, ImportFileProblem.TooLarge);
                copy.Write(buffer, 0, read);
            }
            return (new ImportFile(name, kind, copy.ToArray()), ImportFileProblem.None);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, uri.Host, 0);
            return (null, ImportFileProblem.DownloadFailed);
        }
    }

    private static (string Name, string Url)? Find(Activity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == TeamsFileType && attachment.Content is JsonElement { ValueKind: JsonValueKind.Object } content
                && content.TryGetProperty("downloadUrl", out var download) && download.GetString() is { Length: > 0 } downloadUrl)
                return (attachment.Name ?? "", downloadUrl);
            if (attachment.ContentUrl is { Length: > 0 } contentUrl && attachment.ContentType != Attachment.AdaptiveCardType && Kind(attachment.Name ?? "") is not null)
                return (attachment.Name!, contentUrl);
        }
        return null;
    }

    private static ImportFileKind? Kind(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".xlsx" => ImportFileKind.Xlsx,
        ".csv" => ImportFileKind.Csv,
        _ => null,
    };

    private bool Allowed(Uri uri)
    {
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            return false;
        var host = uri.IdnHost;
        return options.Value.Hosts.Any(allowed => allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
            : host.Equals(allowed, StringComparison.OrdinalIgnoreCase));
    }

    [LoggerMessage(LogLevel.Warning, "Import file refused: host {Host} is not in Imports:AllowedHosts")]
    private static partial void LogRefusedHost(ILogger logger, string host);

    [LoggerMessage(LogLevel.Warning, "Import file download from {Host} failed (status {Status})")]
    private static partial void LogFailed(ILogger logger, string host, int status);
}
