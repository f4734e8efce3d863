using Microsoft.Extensions.Options;
using NorthPool.Backups;
using NorthPool.Bot;
using NorthPool.BotFramework;
using NorthPool.Board;
using NorthPool.BotFramework.Inbound;
using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Crm;
using NorthPool.Exports;
using NorthPool.Imports;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Operations;
using NorthPool.Pools;
using NorthPool.Proactive;
using NorthPool.Reports;
using NorthPool.Rhythm;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Hosting;

public static class NorthPoolHostingExtensions
{
    public static WebApplicationBuilder AddNorthPool(this WebApplicationBuilder builder)
    {
        builder.AddDebugClock();
        builder.AddBotFramework();
        builder.AddStorage();
        builder.AddLanguages();
        builder.AddMembers();
        builder.AddPools();
        builder.AddTasks();
        builder.AddBot();
        builder.AddReports();
        builder.AddCrm();
        builder.AddExports();
        builder.AddImports();
        builder.AddBoard();
        builder.AddBackups();
        builder.AddOperations();
        builder.AddRhythm();
        builder.AddCommands();
        return builder;
    }

    public static WebApplication MapNorthPool(this WebApplication app)
    {
        app.MapBotEndpoint("/api/messages");
        app.MapReportDebugEndpoints();
        app.MapPoolDebugEndpoints();
        app.MapExportEndpoints();
        app.UseWebSockets();
        app.MapBoardEndpoints();
        app.MapOperations();
        return app;
    }

    private static void AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptionsWithValidateOnStart<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .Configure(options => options.ConnectionString ??= builder.Configuration.GetConnectionString("NorthPool"));
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.AddSingleton<NorthPoolDb>();
        builder.Services.AddSingleton<StoreWriter>();
        NorthPool.Storage.PostgreSql.ClusteredScheduler.AddClusteredScheduler(builder.Services, builder.Configuration);
        builder.Services.AddHostedService<NorthPool.Storage.PostgreSql.RowChangeListener>();
    }

    // NorthPool:DefaultLanguage and NorthPool:TimeZone, read by replies and by times shown to members.
    private static void AddLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptionsWithValidateOnStart<LanguageOptions>().Bind(builder.Configuration.GetSection(LanguageOptions.Section));
        builder.Services.AddSingleton<IValidateOptions<LanguageOptions>, LanguageOptionsValidator>();
    }

    private static void AddBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptionsWithValidateOnStart<CardOptions>().Bind(builder.Configuration.GetSection(CardOptions.Section));
        builder.Services.AddSingleton<IValidateOptions<CardOptions>, CardOptionsValidator>();
        builder.Services.AddStoreCollections(CardCollections.All);
        builder.Services.AddStoreCollections(ConversationCollections.All);
        builder.Services.AddSingleton<TaskCardBuilder>();
        builder.Services.AddSingleton<TaskListCardBuilder>();
        builder.Services.AddSingleton<TaskCardPosts>();
        builder.Services.AddSingleton<CardAudience>();
        builder.Services.AddSingleton<TaskCardUpdater>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TaskCardUpdater>());
        builder.Services.AddSingleton<ConversationReferenceStore>();
        builder.Services.AddSingleton<PersonalChats>();
        builder.Services.AddSingleton<ReplySender>();
        builder.Services.AddSingleton<IActivityHandler, NorthPoolBot>();
    }
}
