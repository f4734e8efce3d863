using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework.Inbound;

public static class BotEndpoint
{
    public static RouteHandlerBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync);

    // JSON only → size → token (no browser pages in local mode) → JSON → body checks → dedupe → turn. Bad input is answered 4xx and changes nothing.
    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<BotFrameworkOptions> options,
        BotAuthenticator authenticator,
        ActivityGuard guard,
        ActivityDeduplicator deduplicator,
        TurnRunner turns,
        ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(BotEndpoint));
        var requestAborted = http.RequestAborted;

        if (!BrowserRequests.IsJson(http.Request))
            return Refuse(logger, StatusCodes.Status415UnsupportedMediaType, "activities are posted as application/json");

        var body = await ActivityReader.ReadBodyAsync(http.Request, options.Value.MaxRequestBytes, requestAborted);
        if (body is null)
            return Refuse(logger, StatusCodes.Status413PayloadTooLarge, "the request body is over BotFramework:MaxRequestBytes");

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, http.Connection.RemoteIpAddress, requestAborted);
        if (auth is AuthOutcome.Refused refused)
            return Refuse(logger, StatusCodes.Status401Unauthorized, refused.Reason);
        var identity = ((AuthOutcome.Accepted)auth).Identity;
        if (identity.Profile == TokenProfile.Anonymous && BrowserRequests.IsFromBrowser(http.Request))
            return Refuse(logger, StatusCodes.Status403Forbidden, "requests from a web page are not accepted without a token");

        var read = ActivityReader.Parse(body);
        if (read.Activity is not { } activity)
            return Refuse(logger, StatusCodes.Status400BadRequest, read.Error!);

        if (!ActivityReader.HandledTypes.Contains(activity.Type))
        {
            Log.IgnoredType(logger, activity.Type);
            return Results.Ok();
        }

        var check = guard.Check(identity, activity);
        if (check.Status != StatusCodes.Status200OK)
            return Refuse(logger, check.Status, check.Reason!);

        Task<InvokeResponse?> turn;
        if (activity.Id is null)
            turn = turns.RunAsync(activity);
        else if (!deduplicator.TryBegin(activity.Conversation!.Id, activity.Id, () => turns.RunAsync(activity), out turn))
            Log.Duplicate(logger, activity.Id, activity.Conversation.Id);

        if (activity.Type != ActivityTypes.Invoke)
            return Results.Ok();

        var response = await turn;
        return response is null
            ? Results.StatusCode(StatusCodes.Status501NotImplemented)
            : Results.Json(response.Body, BotJson.Options, statusCode: response.Status);
    }

    private static IResult Refuse(ILogger logger, int status, string reason)
    {
        Log.RequestRefused(logger, status, reason);
        return Results.Json(new { error = new { code = status.ToString(), message = reason } }, statusCode: status);
    }
}
