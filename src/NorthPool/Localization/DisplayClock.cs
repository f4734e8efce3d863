using Microsoft.Extensions.Options;

namespace NorthPool.Localization;

// Shows stored UTC instants in the team's time zone (NorthPool:TimeZone, Asia/Shanghai by default).
public sealed class DisplayClock(IOptions<LanguageOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);
}
