using System.Globalization;

namespace NorthPool.Crm;

// How form values are written as the words a verb takes, and how stored values fill a form's inputs.
public static class FormWords
{
    public static string Wan(decimal wan) => wan.ToString("0.####", CultureInfo.InvariantCulture) + "万";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // An amount in yuan as the number a 万 input shows.
    public static string InWanNumber(decimal yuan) => (yuan / Amount.Wan).ToString("0.####", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
