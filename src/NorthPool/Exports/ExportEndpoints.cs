namespace NorthPool.Exports;

// GET /exports/{id}?expires=…&sig=… : the workbook, while the link is signed and unexpired.
public static class ExportEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExportEndpoints(this WebApplication app) =>
        app.MapGet("/exports/{id}", (string id, long? expires, string? sig, ExportLinks links, ExportFiles files, TimeProvider timeProvider) =>
        {
            if (expires is not { } at || !links.IsSigned(id, at, sig))
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            if (DateTimeOffset.FromUnixTimeSeconds(at) <= timeProvider.GetUtcNow() || files.Find(id) is not { } file)
                return Results.Text(ExportTexts.Get(Localization.Language.ZhCn, ExportText.Expired), "text/plain; charset=utf-8", statusCode: StatusCodes.Status410Gone);
            return Results.File(file.Content, ContentType, file.FileName);
        });
}
