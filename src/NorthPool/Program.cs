using NorthPool.Backups;
using NorthPool.Hosting;
using NorthPool.Storage;

// `restore <backup file>`: put a backup in place of the database (the bot must be stopped), then exit.
if (args is ["restore", var backupFile, ..])
{
    var databasePath = StorageOptions.DatabasePathIn(WebApplication.CreateBuilder(args[2..]).Configuration);
    return BackupRestore.Run(backupFile, databasePath, TimeProvider.System.GetUtcNow(), Console.Out, Console.Error);
}
if (args is ["restore"])
{
    Console.Error.WriteLine("restore: name the backup file, such as: dotnet NorthPool.dll restore data/backups/northpool-20261129-030000.db");
    return 2;
}

// `migrate-store --from <LiteDB file> --to <connection string>`: copy a LiteDB store into an empty PostgreSQL database.
if (args is ["migrate-store", ..])
{
    var from = args.SkipWhile(a => a != "--from").Skip(1).FirstOrDefault();
    var to = args.SkipWhile(a => a != "--to").Skip(1).FirstOrDefault();
    if (from is null || to is null)
    {
        Console.Error.WriteLine("migrate-store: name both stores, such as: dotnet NorthPool.dll migrate-store --from data/northpool.db --to \"Host=db;Database=northpool;Username=northpool;Password=…\"");
        return 2;
    }
    // Every collection this NorthPool registers (the host is built, never started).
    var registration = WebApplication.CreateBuilder([]);
    registration.AddNorthPool();
    await using var registered = registration.Build();
    return NorthPool.Storage.PostgreSql.StoreMigration.Run(from, to, [.. registered.Services.GetServices<StoreCollection>()], Console.Out, Console.Error);
}

WebApplication? app = null;
WebApplicationBuilder? builder = null;
try
{
    builder = WebApplication.CreateBuilder(args);
    builder.AddNorthPool();
    app = builder.Build();
    app.MapNorthPool();
    // Settings, the database file and the data files are checked before the host starts, so a mistake in one is the
    // single line below rather than the host's stack trace.
    StartupChecks.Run(app.Services);
    app.Run();
}
catch (Exception ex) when (StartupFailure.Describe(ex, builder?.Configuration) is { } line)
{
    // One line that names the key or the file and what to do; the stack goes to the debug log only.
    app?.Logger.LogDebug(ex, "Start-up stopped");
    Console.Error.WriteLine(line);
    return 1;
}
return 0;

public partial class Program;
