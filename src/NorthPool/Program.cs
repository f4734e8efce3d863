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
