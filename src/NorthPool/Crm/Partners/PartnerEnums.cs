namespace NorthPool.Crm;

public enum PartnerKind
{
    Technology,
    Channel,
    Integrator,
    Association,
}

public enum PartnerLevel
{
    Strategic,
    Core,
    Standard,
}

public enum PartnerState
{
    Talking,
    Active,
    Ended,
}
