namespace NorthPool.Board;

public static class BoardRegistration
{
    // The kanban as a web page (issue 11's first slice: local mode; Teams SSO, the dashboard and the tabs follow).
    public static WebApplicationBuilder AddBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BoardAccess>();
        builder.Services.AddSingleton<BoardView>();
        return builder;
    }
}
