using Microsoft.Extensions.Options;

namespace NorthPool.Rhythm;

public sealed class RhythmOptionsValidator : IValidateOptions<RhythmOptions>
{
    public ValidateOptionsResult Validate(string? name, RhythmOptions options)
    {
        const string S = RhythmOptions.Section;
        var result = new ValidateOptionsResultBuilder();
        foreach (var (key, value) in new[] { ("DigestTime", options.DigestTime), ("QuietFrom", options.QuietFrom), ("QuietUntil", options.QuietUntil) })
        {
            if (!RhythmOptions.TryParse(value, out _))
                result.AddError($"{S}:{key} '{value}' is not a time of day (use HH:mm, e.g. 22:00)");
        }
        if (options.PausedAlertHours is < 1 or > 24 * 60)
            result.AddError($"{S}:PausedAlertHours must be between 1 and 1440, was {options.PausedAlertHours}");
        if (options.UnclaimedAlertHours is < 1 or > 24 * 60)
            result.AddError($"{S}:UnclaimedAlertHours must be between 1 and 1440, was {options.UnclaimedAlertHours}");
        return result.Build();
    }
}
