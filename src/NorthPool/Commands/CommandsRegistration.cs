using NorthPool.CardViews;
using NorthPool.Localization;

namespace NorthPool.Commands;

public static class CommandsRegistration
{
    // The registry, parser and dispatcher, and help. Called after every feature has added its verbs, so help is the
    // last line of the help card.
    public static WebApplicationBuilder AddCommands(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<VerbRegistry>();
        services.AddSingleton<CommandParser>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<HelpCardBuilder>();
        services.AddVerb(new VerbSpec("help", ["帮助"], ["help"])
        {
            HelpZh = "帮助 — 全部命令",
            HelpEn = "help — all commands",
        }, sp =>
        {
            var help = sp.GetRequiredService<HelpCardBuilder>();
            return (call, _) => Task.FromResult(new Reply(help.Text(call.Context.Language)) { Card = help.Build(call.Context.Language) });
        });
        return builder;
    }
}
