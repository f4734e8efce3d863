using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Crm;

public static class CrmTexts
{
    public static IReadOnlyDictionary<CrmText, string> For(Language language) =>
        language == Language.ZhCn ? CrmTextsZhCn.All : CrmTextsEnUs.All;

    public static string Get(Language language, CrmText id, params object?[] args) => language.Format(For(language)[id], args);

    // A command's answer: the text in the asker's language.
    public static Reply Reply(Language language, CrmText id, params object?[] args) => new(Get(language, id, args)) { Language = language };

    public static string Of(Language language, Industry industry) => Get(language, industry switch
    {
        Industry.Telecom => CrmText.IndustryTelecom, Industry.Energy => CrmText.IndustryEnergy,
        Industry.Petrochem => CrmText.IndustryPetrochem, _ => CrmText.IndustryOther,
    });

    public static string Of(Language language, CustomerLevel level) => Get(language, level switch
    {
        CustomerLevel.Group => CrmText.LevelGroup, CustomerLevel.City => CrmText.LevelCity, _ => CrmText.LevelProvince,
    });

    public static string Of(Language language, CustomerStatus status) => Get(language, status switch
    {
        CustomerStatus.Active => CrmText.StatusActive, CustomerStatus.Lost => CrmText.StatusLost, _ => CrmText.StatusProspect,
    });

    public static string Of(Language language, VisitKind kind) => Get(language, kind switch
    {
        VisitKind.Call => CrmText.KindCall, VisitKind.Meeting => CrmText.KindMeeting, VisitKind.Training => CrmText.KindTraining, _ => CrmText.KindVisit,
    });

    public static string Of(Language language, PartnerKind kind) => Get(language, kind switch
    {
        PartnerKind.Technology => CrmText.PartnerTechnology, PartnerKind.Channel => CrmText.PartnerChannel,
        PartnerKind.Integrator => CrmText.PartnerIntegrator, _ => CrmText.PartnerAssociation,
    });

    public static string Of(Language language, PartnerLevel level) => Get(language, level switch
    {
        PartnerLevel.Strategic => CrmText.PartnerStrategic, PartnerLevel.Core => CrmText.PartnerCore, _ => CrmText.PartnerStandard,
    });

    public static string Of(Language language, PartnerState state) => Get(language, state switch
    {
        PartnerState.Active => CrmText.PartnerActive, PartnerState.Ended => CrmText.PartnerEnded, _ => CrmText.PartnerTalking,
    });

    public static string Of(Language language, TicketSeverity severity) => Get(language, severity switch
    {
        TicketSeverity.Urgent => CrmText.SeverityUrgent, TicketSeverity.High => CrmText.SeverityHigh,
        TicketSeverity.Low => CrmText.SeverityLow, _ => CrmText.SeverityMedium,
    });

    public static string Of(Language language, TicketState state) => Get(language, state switch
    {
        TicketState.InProgress => CrmText.TicketInProgress, TicketState.Resolved => CrmText.TicketResolved,
        TicketState.Closed => CrmText.TicketClosed, _ => CrmText.TicketNew,
    });

    public static string Of(Language language, OpportunityStage stage) => Get(language, stage switch
    {
        OpportunityStage.Discover => CrmText.StageDiscover, OpportunityStage.FollowUp => CrmText.StageFollowUp,
        OpportunityStage.Proposal => CrmText.StageProposal, OpportunityStage.Bid => CrmText.StageBid,
        OpportunityStage.Negotiation => CrmText.StageNegotiation, OpportunityStage.Won => CrmText.StageWon, _ => CrmText.StageLost,
    });
}
