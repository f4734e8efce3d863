namespace NorthPool.Crm;

// The plan's §3 segments.
public enum Industry
{
    Telecom,
    Energy,
    Petrochem,
    Other,
}

public enum CustomerLevel
{
    Group,
    Province,
    City,
}

public enum CustomerStatus
{
    Prospect,
    Active,
    Lost,
}

public enum VisitKind
{
    Visit,
    Call,
    Meeting,
    Training,
}
