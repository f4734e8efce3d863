using System.Globalization;

namespace NorthPool.Pools;

// How instances are named: by period for periodic templates, by number otherwise. Slots sort in time order within a
// template, so a template's history is one index range.
public static class InstanceNames
{
    public static string PeriodId(string templateId, Period period) => $"{templateId}-{period.Key}";

    public static string PeriodSlot(string templateId, string periodKey) => $"{templateId}@{periodKey}";

    public static string NumberId(string templateId, int number) => $"{templateId}#{number.ToString(CultureInfo.InvariantCulture)}";

    public static string NumberSlot(string templateId, int number) => $"{templateId}@#{number.ToString("D4", CultureInfo.InvariantCulture)}";

    public static string SlotPrefix(string templateId) => templateId + "@";
}
