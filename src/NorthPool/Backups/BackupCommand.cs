using NorthPool.Commands;

namespace NorthPool.Backups;

// 备份 / backup (admins): one backup now, answered with its name, size, rows and time.
public sealed class BackupCommand(BackupMaker maker)
{
    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var outcome = await maker.CreateAndReportAsync(cancellationToken);
        return new Reply(outcome.Made is { } backup
            ? BackupTexts.Made(backup, maker.Folder, call.Context.Language)
            : BackupTexts.Failed(outcome.Failure!, call.Context.Language));
    }
}
