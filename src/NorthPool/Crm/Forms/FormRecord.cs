namespace NorthPool.Crm;

// A record found for its edit form: its number, its label ("C3", "#12") and the fields holding its values.
public abstract record FormRecord
{
    public sealed record Found(long Id, string Label, IReadOnlyList<FormField> Fields) : FormRecord;

    public sealed record Missing(string Message) : FormRecord;
}
