namespace NorthPool.Crm;

// How an edit went. Saved carries what the reply says; Forbidden names who may.
public abstract record RecordEdit
{
    public sealed record Saved(string Label, string Name) : RecordEdit;

    public sealed record NotFound : RecordEdit;

    public sealed record Forbidden(string Owner) : RecordEdit;

    public sealed record Refused(CrmText Why, object?[] Args) : RecordEdit;
}
