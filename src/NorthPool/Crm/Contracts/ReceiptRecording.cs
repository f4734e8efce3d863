namespace NorthPool.Crm;

public abstract record ReceiptRecording
{
    public sealed record Recorded(Receipt Receipt, Contract Contract) : ReceiptRecording;

    public sealed record NotFound(long ContractId) : ReceiptRecording;

    // More than the contract has outstanding.
    public sealed record TooMuch(Contract Contract) : ReceiptRecording;
}
