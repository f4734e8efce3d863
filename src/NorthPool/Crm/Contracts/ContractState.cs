namespace NorthPool.Crm;

// What is kept; 已到期 is not kept but read from the dates (Contract.Shown).
public enum ContractState
{
    Active,
    Terminated,
}
