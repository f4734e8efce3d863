using NorthPool.Backups;
using NorthPool.Hosting;
using NorthPool.Storage;

// `restore <backup file>`: put a backup in place of the database (the bot must be stopped), then exit.
if (args is ["restore", var backupFile, ..])
{
    var settings = WebApplication.CreateBuilder(args[2..]).Configuration;
    var databasePath = settings[$"{StorageOptions.Section}:DatabasePath"] is { Length: > 0 } configured ? configured : new StorageOptions().DatabasePath;
    return BackupRestore.Run(backupFile, databasePath, TimeProvider.System.GetUtcNow(), Console.Out, Console.Error);
}
if (args is ["restore"])
{
    Console.Error.WriteLine("restore: name the backup file, such as: dotnet NorthPool.dll restore data/backups/northpool-20261129-030000.db");
    return 2;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddNorthPool();

var app = builder.Build();
app.MapNorthPool();
try
{
    app.Run();
}
catch (Exception ex) when (DatabaseUnavailable(ex) is { } unavailable)
{
    // One line that names the file and what to do, not a stack trace.
    Console.Error.WriteLine(unavailable.Message);
    return 1;
}
return 0;

static DatabaseUnavailableException? DatabaseUnavailable(Exception? ex)
{
    for (; ex is not null; ex = ex.InnerException)
    {
        if (ex is DatabaseUnavailableException unavailable)
            return unavailable;
    }
    return null;
}

public partial class Program;
