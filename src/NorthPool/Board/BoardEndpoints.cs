using System.Text.Json;
using System.Threading.Channels;
using NorthPool.Commands;
using NorthPool.Crm;
using NorthPool.Exports;
using NorthPool.Pools;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Board;

// The kanban page and its API: GET /kanban (the page; / leads there), GET /api/board (the board for the caller),
// POST /api/board/move (a drag, run as the command it stands for), /api/board/events (a WebSocket: the id of
// every task and CRM record a commit changed, from chat, cards, pages or the scheduler); GET /dashboard and
// GET /api/dashboard (the live figures of plan §10.2–10.3).
public static class BoardEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static WebApplication MapBoardEndpoints(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Board", "wwwroot");
        app.MapGet("/", () => Results.Redirect("/kanban"));
        app.MapGet("/kanban", (HttpContext http, BoardAccess access) => Page(http, access, Path.Combine(root, "kanban.html"), "text/html; charset=utf-8"));
        app.MapGet("/dashboard", (HttpContext http, BoardAccess access) => Page(http, access, Path.Combine(root, "dashboard.html"), "text/html; charset=utf-8"));
        app.MapGet("/tab-config", (HttpContext http, BoardAccess access) => Page(http, access, Path.Combine(root, "tabconfig.html"), "text/html; charset=utf-8"));
        app.MapGet("/board/{file:regex(^[a-z]+(\\.min)*\\.(js|css)$)}", (string file, HttpContext http, BoardAccess access) =>
            Page(http, access, Path.Combine(root, file), file.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8"));
        // How the page signs in (Teams SSO or local mode) and the words it needs before it has.
        app.MapGet("/api/board/session", (HttpContext http, BoardAccess access, LanguageResolver languages) =>
        {
            if (!access.MayServePage(http))
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            var texts = BoardTexts.For(Language(http, "", languages));
            return Results.Json(new { mode = access.IsLocalMode ? "local" : "teams", texts = new { signIn = texts["signIn"], signInFailed = texts["signInFailed"], expired = texts["expired"] } }, Json);
        });
        app.MapGet("/api/board", async (HttpContext http, BoardAccess access, BoardView view, LanguageResolver languages, CancellationToken cancellationToken) =>
        {
            var caller = await access.CheckAsync(http, needsMember: false, cancellationToken);
            if (caller.Member is not { } member)
                return Refusal(http, caller, languages);
            return Results.Json(view.Build(member, Language(http, member.Id, languages)), Json);
        });
        app.MapGet("/api/dashboard", async (HttpContext http, BoardAccess access, DashboardView view, LanguageResolver languages, CancellationToken cancellationToken) =>
        {
            var caller = await access.CheckAsync(http, needsMember: false, cancellationToken);
            if (caller.Member is not { } member)
                return Refusal(http, caller, languages);
            return Results.Json(view.Build(Language(http, member.Id, languages)), Json);
        });
        app.MapGet("/api/board/export", async (HttpContext http, string? view, string? owner, string? priority, string? period,
            BoardAccess access, BoardView board, DashboardView dashboard, LanguageResolver languages, PeriodCalendar calendar, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        {
            var caller = await access.CheckAsync(http, needsMember: false, cancellationToken);
            if (caller.Member is not { } member)
                return Refusal(http, caller, languages);
            var language = Language(http, member.Id, languages);
            var table = view switch
            {
                "kanban" => BoardSheets.Kanban(board.Build(member, language), new BoardFilter(owner, priority, period), language),
                "dashboard" => BoardSheets.Dashboard(dashboard.Build(language), language),
                _ => null,
            };
            if (table is null)
                return Results.BadRequest(new { error = "view must be kanban or dashboard" });
            var name = $"{table.Name}_{calendar.Today(timeProvider.GetUtcNow()).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}.xlsx";
            return Results.File(ExportWorkbook.Write(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        });
        app.MapPost("/api/board/move", MoveAsync);
        app.Map("/api/board/events", EventsAsync);
        return app;
    }

    // Teams shows a tab in a frame of one of its hosts; no other site may frame the pages.
    private const string FrameAncestors =
        "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.skype.com";

    private static IResult Page(HttpContext http, BoardAccess access, string path, string contentType)
    {
        if (!access.MayServePage(http))
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        if (!File.Exists(path))
            return Results.NotFound();
        http.Response.Headers.CacheControl = "no-cache";
        // In Teams, TeamsJS fetches the list of Teams hosts it may trust from Microsoft's CDN.
        var connect = access.IsLocalMode ? "'self'" : "'self' https://res.cdn.office.net";
        http.Response.Headers["Content-Security-Policy"] = $"default-src 'self'; connect-src {connect}; img-src 'self' data:; frame-ancestors {FrameAncestors}";
        return Results.File(path, contentType);
    }

    // 401 asks for a (new) Teams token; a refusal with words says them in the page's language.
    private static IResult Refusal(HttpContext http, BoardCaller caller, LanguageResolver languages)
    {
        var status = caller.Status!.Value;
        if (status == StatusCodes.Status401Unauthorized)
            http.Response.Headers.WWWAuthenticate = "Bearer";
        if (caller.MessageKey is not { } key)
            return Results.StatusCode(status);
        var language = Language(http, "", languages);
        return Results.Json(new BoardMoveResult(false, BoardTexts.For(language)[key], null), Json, statusCode: status);
    }

    private static async Task<IResult> MoveAsync(HttpContext http, BoardAccess access, TaskStore tasks, BoardView view, CommandDispatcher commands, LanguageResolver languages, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var caller = await access.CheckAsync(http, needsMember: true, cancellationToken);
        if (caller.Member is not { } member)
            return Refusal(http, caller, languages);
        if (!(http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ?? false))
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        BoardMoveRequest? move;
        try
        {
            move = await http.Request.ReadFromJsonAsync<BoardMoveRequest>(Json, cancellationToken);
        }
        catch (JsonException)
        {
            return Results.BadRequest(new { error = "malformed JSON" });
        }
        if (move is not { TaskId: { Length: > 0 and <= 64 } taskId, To: { } to } || !Enum.TryParse<BoardColumn>(to, out var column) || !Enum.IsDefined(column)
            || move.Reason?.Length > CommandParser.MaxLength / 4)
            return Results.BadRequest(new { error = "taskId and to (Todo, InProgress, FollowUp, Done) are required" });

        var language = Language(http, member.Id, languages);
        if (tasks.Find(taskId) is not { } task)
            return Results.NotFound(new BoardMoveResult(false, BoardTexts.For(language)["notFound"], null));
        if (BoardColumns.Command(task, column, move.Reason) is not { } command)
            return Results.Conflict(new BoardMoveResult(false, string.Format(System.Globalization.CultureInfo.InvariantCulture, BoardTexts.For(language)["noMove"], BoardTexts.Column(column, language)), view.Card(task, timeProvider.GetUtcNow(), language)));

        // The drag runs as the command a member would type, from a "card" in the page's language: same parser,
        // permission check, unit of work, audit row and answer.
        var request = new CommandRequest(command, member, null, $"board:{Guid.NewGuid():N}", new CardOrigin(CardView.Task, Language: language), OnlyMemberSees: true);
        var reply = await commands.HandleAsync(request, cancellationToken);
        var after = tasks.Find(taskId)!;
        var moved = after.Version != task.Version;
        var result = new BoardMoveResult(moved, reply.Text, view.Card(after, timeProvider.GetUtcNow(), language));
        return moved ? Results.Json(result, Json) : Results.Json(result, Json, statusCode: StatusCodes.Status403Forbidden);
    }

    // A WebSocket, not server-sent events: a browser keeps at most six HTTP/1.1 connections to one host, so a seventh
    // board tab holding an event stream open would hang; WebSockets do not count against that limit. It ends when the
    // page goes away or the host stops (an open page must not hold up a shutdown).
    private static async Task EventsAsync(HttpContext http, BoardAccess access, TaskChangeFeed taskFeed, CrmChangeFeed crmFeed, LanguageResolver languages, IHostApplicationLifetime lifetime, CancellationToken requestAborted)
    {
        var caller = await access.CheckAsync(http, needsMember: false, requestAborted);
        if (caller.Status is not null)
        {
            await Refusal(http, caller, languages).ExecuteAsync(http);
            return;
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status426UpgradeRequired;
            return;
        }
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        var cancellationToken = linked.Token;
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var tasks = taskFeed.Listen();
        using var crm = crmFeed.Listen();
        var events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _ = Forward(tasks.Reader, c => JsonSerializer.Serialize(new { kind = "task", c.TaskId, c.Version }, Json), events.Writer, cancellationToken);
        _ = Forward(crm.Reader, c => JsonSerializer.Serialize(new { kind = "crm", c.Record, c.RecordId }, Json), events.Writer, cancellationToken);
        // The page never sends; reading notices when it closes.
        _ = Task.Run(async () =>
        {
            var buffer = new byte[256];
            try
            {
                while (!cancellationToken.IsCancellationRequested && (await socket.ReceiveAsync(buffer, cancellationToken)).MessageType != System.Net.WebSockets.WebSocketMessageType.Close)
                {
                }
            }
            catch (Exception e) when (e is OperationCanceledException or System.Net.WebSockets.WebSocketException or ObjectDisposedException)
            {
                // The socket ended under the read: the send side has already stopped.
                return;
            }
            try
            {
                linked.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The send side finished first (the host is stopping).
            }
        }, CancellationToken.None);
        try
        {
            await Send(socket, "{\"kind\":\"open\"}", cancellationToken);
            while (await events.Reader.WaitToReadAsync(cancellationToken))
            {
                while (events.Reader.TryRead(out var message))
                    await Send(socket, message, cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // The page went away, or the host is stopping.
        }
    }

    private static Task Send(System.Net.WebSockets.WebSocket socket, string message, CancellationToken cancellationToken) =>
        socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(message), System.Net.WebSockets.WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task Forward<T>(ChannelReader<T> from, Func<T, string> line, ChannelWriter<string> to, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in from.ReadAllAsync(cancellationToken))
                to.TryWrite(line(change));
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    // The page's language (?lang=en-US from the Teams locale), else the member's, else the default.
    private static Language Language(HttpContext http, string memberId, LanguageResolver languages) =>
        languages.Resolve(memberId, LanguageExtensions.FromTag(http.Request.Query["lang"].ToString()), null);
}
