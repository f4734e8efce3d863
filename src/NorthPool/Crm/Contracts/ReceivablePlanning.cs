namespace NorthPool.Crm;

public abstract record ReceivablePlanning
{
    public sealed record Planned(Contract Contract, IReadOnlyList<Receivable> Plan) : ReceivablePlanning;

    public sealed record NotFound(long ContractId) : ReceivablePlanning;

    // The plan would ask for more than the contract is worth.
    public sealed record TooMuch(Contract Contract, decimal AlreadyPlanned) : ReceivablePlanning;
}
