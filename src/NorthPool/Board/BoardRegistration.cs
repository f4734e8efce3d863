namespace NorthPool.Board;

public static class BoardRegistration
{
    // The kanban and the live dashboard as web pages (local mode; Teams SSO and the Teams tabs follow).
    public static WebApplicationBuilder AddBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BoardAccess>();
        builder.Services.AddSingleton<BoardView>();
        builder.Services.AddSingleton<DashboardView>();
        return builder;
    }
}
