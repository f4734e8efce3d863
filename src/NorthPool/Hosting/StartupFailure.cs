using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using NorthPool.Storage;

namespace NorthPool.Hosting;

// The one line an operator sees when NorthPool cannot start for a reason they can fix: a setting (its key and the
// accepted values), the database file (which, what is wrong and what to do), a data file of the release, the port.
// Anything else is a bug and keeps its stack trace.
public static class StartupFailure
{
    public const string Prefix = "NorthPool cannot start: ";

    // configuration, when there is one yet, says where the backups are, so a damaged file's line can name the
    // newest one and the command that restores it.
    public static string? Describe(Exception exception, IConfiguration? configuration = null)
    {
        for (Exception? ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case OptionsValidationException invalid:
                    return Prefix + string.Join("; ", invalid.Failures.SelectMany(f => f.Split("; ", StringSplitOptions.RemoveEmptyEntries)).Distinct());
                case DatabaseUnavailableException { Damaged: true } damaged:
                    return Prefix + damaged.Message + " " + RestoreHint(configuration);
                case DatabaseUnavailableException or ConfigurationProblemException or InvalidDataException:
                    return Prefix + ex.Message;
                case IOException when ex.InnerException is AddressInUseException || ex.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }:
                    return Prefix + $"{ex.Message} Another program listens there: stop it, or choose another address with --Urls=http://127.0.0.1:<port>.";
            }
        }
        return null;
    }

    private static string RestoreHint(IConfiguration? configuration)
    {
        var backups = configuration?.GetSection(Backups.BackupOptions.Section).Get<Backups.BackupOptions>() ?? new Backups.BackupOptions();
        var database = StorageOptions.DatabasePathIn(configuration);
        var folder = backups.FolderFor(database);
        var newest = Backups.BackupFiles.List(folder, database).FirstOrDefault().Path;
        return newest is null
            ? $"There is no backup in {folder}: move the file away to start with an empty store."
            : $"Restore the newest backup with: dotnet NorthPool.dll restore {newest}";
    }
}
