namespace NorthPool.Crm;

public abstract record CustomerCreation
{
    public sealed record Created(Customer Customer) : CustomerCreation;

    // A customer with the same name or alias is already on file (two members creating it at once included).
    public sealed record Exists(Customer Customer) : CustomerCreation;
}
