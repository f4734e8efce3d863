using NorthPool.Localization;
using NorthPool.Cards.Inputs;

namespace NorthPool.Crm;

public enum FieldKind
{
    Text,
    LongText,
    Number,
    Date,
    Choice,
    Toggle,
}

// One input of a record's form. Choice values are enum names (language-neutral); their titles are in the form's
// language. Value is what the input shows first: the record's current value when editing, a prefill when creating.
public sealed record FormField(string Id, CrmText Label, FieldKind Kind)
{
    public const int MaxText = 100;
    public const int MaxLongText = 1000;

    public bool Required { get; init; }
    public IReadOnlyList<Choice> Choices { get; init; } = [];
    public string? Value { get; init; }
    public CrmText? Hint { get; init; }
    public int MaxLength { get; init; } = MaxText;
    public decimal Min { get; init; }
    public decimal Max { get; init; } = 1_000_000m;
    public bool WholeNumber { get; init; }

    public static IReadOnlyList<Choice> ChoicesOf<TEnum>(Language language, Func<Language, TEnum, string> title) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new Choice(title(language, v), v.ToString())).ToList();
}
