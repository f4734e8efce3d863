using NorthPool.Localization;

namespace NorthPool.Operations;

// Each alert's title and what to do about it, and the words around them, in both languages.
public static class AlertTexts
{
    public static string Title(AlertKind kind, Language language) => (kind, language == Language.ZhCn) switch
    {
        (AlertKind.ReportUndelivered, true) => "汇报未能送达",
        (AlertKind.ReportUndelivered, false) => "A report could not be delivered",
        (AlertKind.ConnectorRefused, true) => "Teams 连接器拒绝了机器人的凭据",
        (AlertKind.ConnectorRefused, false) => "The Teams connector refuses the bot's credentials",
        (AlertKind.BackupFailed, true) => "备份失败",
        (AlertKind.BackupFailed, false) => "A backup failed",
        (AlertKind.DiskLow, true) => "数据盘空间不足",
        (AlertKind.DiskLow, false) => "The data disk is nearly full",
        (AlertKind.WriterBehind, true) => "写入排队过长",
        (AlertKind.WriterBehind, false) => "Writes are queueing up",
        (AlertKind.CrashRestart, true) => "NorthPool 异常退出后已重启",
        (_, _) => "NorthPool restarted after it stopped abnormally",
    };

    public static string Advice(AlertKind kind, Language language) => (kind, language == Language.ZhCn) switch
    {
        (AlertKind.ReportUndelivered, true) => "检查董事长频道是否仍安装了 NorthPool（可在频道里发送“设为汇报频道”重新登记）以及上面的错误；下一次汇报会列出未送达的时段。",
        (AlertKind.ReportUndelivered, false) => "Check that NorthPool is still installed in the chairman's channel (send “report-here” there to register it again) and the error above; the next report lists the slots not delivered.",
        (AlertKind.ConnectorRefused, true) => "检查 BotFramework:AppId、AppPassword（客户端密码可能已过期）和 TenantId，更新后重启 NorthPool。",
        (AlertKind.ConnectorRefused, false) => "Check BotFramework:AppId, AppPassword (the client secret may have expired) and TenantId, then restart NorthPool.",
        (AlertKind.BackupFailed, true) => "检查备份文件夹（Backups:Folder）所在磁盘的空间和权限，然后发送“备份”重试。",
        (AlertKind.BackupFailed, false) => "Check the space and permissions of the backup folder (Backups:Folder), then send “backup” to try again.",
        (AlertKind.DiskLow, true) => "清理或扩容数据所在的磁盘；空间耗尽时 NorthPool 将无法保存任何改动。",
        (AlertKind.DiskLow, false) => "Free or add space on the data disk; once it is full NorthPool cannot save any change.",
        (AlertKind.WriterBehind, true) => "检查磁盘是否变慢或已满（“状态”可查看写入队列）；持续出现请联系维护人员。",
        (AlertKind.WriterBehind, false) => "Check whether the disk is slow or full (“status” shows the write queue); if it persists, call whoever maintains NorthPool.",
        (AlertKind.CrashRestart, true) => "查看上次运行的日志找出原因；每条已确认的改动都已先写入磁盘，无需恢复数据。",
        (_, _) => "Read the previous run's log for the cause; every acknowledged change was on disk first, so nothing needs restoring.",
    };

    public static string Raised(Language language) => language == Language.ZhCn ? "⚠️ NorthPool 告警" : "⚠️ NorthPool alert";

    public static string Recovered(Language language) => language == Language.ZhCn ? "✅ NorthPool 已恢复" : "✅ NorthPool recovered";

    public static string What(Language language) => language == Language.ZhCn ? "情况" : "What";

    public static string Since(Language language) => language == Language.ZhCn ? "开始于" : "Since";

    public static string Until(Language language) => language == Language.ZhCn ? "恢复于" : "Recovered at";

    public static string ToDo(Language language) => language == Language.ZhCn ? "怎么办" : "What to do";

    public static string ChannelSet(Language language) => language == Language.ZhCn
        ? "✅ 本频道已设为告警频道：汇报未送达、凭据失效、备份失败、磁盘空间不足、写入排队过长和异常重启都会在这里提醒（同类告警每小时最多一次，恢复时也会通知）。"
        : "✅ This channel now gets NorthPool's alerts: undelivered reports, refused credentials, failed backups, a nearly full disk, queueing writes and abnormal restarts (each kind at most once an hour, and once more when it recovers).";

    public static string ChannelOnlyInChannel(Language language) => language == Language.ZhCn
        ? "请在团队频道里发送“设为告警频道”。"
        : "Send “alerts-here” in a team channel.";
}
