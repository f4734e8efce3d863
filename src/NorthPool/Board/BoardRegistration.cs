namespace NorthPool.Board;

public static class BoardRegistration
{
    // The kanban and the live dashboard as web pages and Teams tabs (signed in with Teams SSO, or local mode).
    public static WebApplicationBuilder AddBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptionsWithValidateOnStart<BoardOptions>().Bind(builder.Configuration.GetSection(BoardOptions.Section));
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<BoardOptions>, BoardOptionsValidator>();
        builder.Services.AddSingleton<BoardAccess>();
        builder.Services.AddSingleton<BoardView>();
        builder.Services.AddSingleton<DashboardView>();
        return builder;
    }
}
