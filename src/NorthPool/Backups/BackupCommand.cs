using NorthPool.Commands;

namespace NorthPool.Backups;

// 备份 / backup (admins): one backup now, answered with its name, size, rows and time.
public sealed class BackupCommand(BackupMaker maker)
{
    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        if (!maker.MakesBackups)
            return new Reply(BackupTexts.UsePgDump(call.Context.Language));
        var outcome = await maker.CreateAndReportAsync(cancellationToken);
        return new Reply(outcome.Made is { } backup
            ? BackupTexts.Made(backup, maker.Folder, call.Context.Language)
            : BackupTexts.Failed(outcome.Failure!, call.Context.Language));
    }
}
