namespace NorthPool.Commands;

public enum Verb
{
    Claim,
    Pause,
    Resume,
    Finish,
    Cancel,
    Release,
    Progress,
    Log,
    Show,
    List,
    Mine,
    Help,
    Lang,
    Report,
    ReportHere,
    Instruct,
    Acknowledge,
    Fulfil,
    SetChairman,
}
