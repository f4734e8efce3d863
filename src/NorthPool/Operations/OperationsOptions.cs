using Microsoft.Extensions.Options;

namespace NorthPool.Operations;

public sealed class OperationsOptions
{
    public const string Section = "Operations";

    // The write queue is "behind" (/readyz degraded, an alert) past either limit.
    public int WriteWaitSeconds { get; set; } = 5;

    public int WriteQueueLimit { get; set; } = 500;

    public bool WriterIsBehind(NorthPool.Storage.StoreWriter writer) =>
        writer.LastWait > TimeSpan.FromSeconds(WriteWaitSeconds) || writer.Pending > WriteQueueLimit;

    // Below this much free space on the database's disk the admins are alerted.
    public int MinFreeDiskMegabytes { get; set; } = 1024;

    // The admins' channel by configuration (else 设为告警频道).
    public string AlertChannelConversationId { get; set; } = "";
}

public sealed class OperationsOptionsValidator : IValidateOptions<OperationsOptions>
{
    public ValidateOptionsResult Validate(string? name, OperationsOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        const string S = OperationsOptions.Section;
        if (options.WriteWaitSeconds is < 1 or > 600)
            result.AddError($"{S}:WriteWaitSeconds must be between 1 and 600, was {options.WriteWaitSeconds}");
        if (options.WriteQueueLimit is < 10 or > 100_000)
            result.AddError($"{S}:WriteQueueLimit must be between 10 and 100000, was {options.WriteQueueLimit}");
        if (options.MinFreeDiskMegabytes is < 0 or > 10_000_000)
            result.AddError($"{S}:MinFreeDiskMegabytes must be between 0 and 10000000, was {options.MinFreeDiskMegabytes}");
        return result.Build();
    }
}
