namespace NorthPool.Crm;

// The words members type for the CRM's choices, in both languages; the first Chinese word is the one shown.
public static class CrmWords
{
    private static readonly Dictionary<string, Industry> Industries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["通信"] = Crm.Industry.Telecom, ["电信"] = Crm.Industry.Telecom, ["telecom"] = Crm.Industry.Telecom,
        ["能源"] = Crm.Industry.Energy, ["energy"] = Crm.Industry.Energy,
        ["石化"] = Crm.Industry.Petrochem, ["petrochem"] = Crm.Industry.Petrochem, ["petrochemical"] = Crm.Industry.Petrochem,
        ["其他"] = Crm.Industry.Other, ["other"] = Crm.Industry.Other,
    };

    private static readonly Dictionary<string, CustomerLevel> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["集团"] = CustomerLevel.Group, ["group"] = CustomerLevel.Group,
        ["省级"] = CustomerLevel.Province, ["省"] = CustomerLevel.Province, ["province"] = CustomerLevel.Province, ["provincial"] = CustomerLevel.Province,
        ["地市"] = CustomerLevel.City, ["市级"] = CustomerLevel.City, ["city"] = CustomerLevel.City,
    };

    private static readonly Dictionary<string, VisitKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["拜访"] = VisitKind.Visit, ["visit"] = VisitKind.Visit,
        ["电话"] = VisitKind.Call, ["call"] = VisitKind.Call,
        ["会议"] = VisitKind.Meeting, ["meeting"] = VisitKind.Meeting,
        ["培训"] = VisitKind.Training, ["training"] = VisitKind.Training,
    };

    private static readonly Dictionary<string, OpportunityStage> Stages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["发现"] = OpportunityStage.Discover, ["discover"] = OpportunityStage.Discover,
        ["跟进"] = OpportunityStage.FollowUp, ["follow-up"] = OpportunityStage.FollowUp, ["followup"] = OpportunityStage.FollowUp,
        ["方案"] = OpportunityStage.Proposal, ["proposal"] = OpportunityStage.Proposal,
        ["投标"] = OpportunityStage.Bid, ["bid"] = OpportunityStage.Bid,
        ["谈判"] = OpportunityStage.Negotiation, ["negotiation"] = OpportunityStage.Negotiation,
        ["赢单"] = OpportunityStage.Won, ["won"] = OpportunityStage.Won,
        ["输单"] = OpportunityStage.Lost, ["lost"] = OpportunityStage.Lost,
    };

    private static readonly Dictionary<string, TicketSeverity> Severities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["紧急"] = TicketSeverity.Urgent, ["urgent"] = TicketSeverity.Urgent, ["P1"] = TicketSeverity.Urgent,
        ["高"] = TicketSeverity.High, ["high"] = TicketSeverity.High, ["P2"] = TicketSeverity.High,
        ["中"] = TicketSeverity.Medium, ["medium"] = TicketSeverity.Medium, ["P3"] = TicketSeverity.Medium,
        ["低"] = TicketSeverity.Low, ["low"] = TicketSeverity.Low, ["P4"] = TicketSeverity.Low,
    };

    // 工单 处理 / 解决 / 关闭 / 重开 #T3: the state each word moves a ticket to.
    private static readonly Dictionary<string, TicketState> TicketMoves = new(StringComparer.OrdinalIgnoreCase)
    {
        ["处理"] = TicketState.InProgress, ["start"] = TicketState.InProgress, ["take"] = TicketState.InProgress,
        ["重开"] = TicketState.InProgress, ["reopen"] = TicketState.InProgress,
        ["解决"] = TicketState.Resolved, ["resolve"] = TicketState.Resolved,
        ["关闭"] = TicketState.Closed, ["close"] = TicketState.Closed,
    };

    private static readonly Dictionary<string, PartnerKind> PartnerKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["技术"] = Crm.PartnerKind.Technology, ["technology"] = Crm.PartnerKind.Technology, ["tech"] = Crm.PartnerKind.Technology,
        ["渠道"] = Crm.PartnerKind.Channel, ["channel"] = Crm.PartnerKind.Channel,
        ["系统集成商"] = Crm.PartnerKind.Integrator, ["集成商"] = Crm.PartnerKind.Integrator, ["integrator"] = Crm.PartnerKind.Integrator,
        ["协会"] = Crm.PartnerKind.Association, ["association"] = Crm.PartnerKind.Association,
    };

    private static readonly Dictionary<string, PartnerLevel> PartnerLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["战略"] = Crm.PartnerLevel.Strategic, ["strategic"] = Crm.PartnerLevel.Strategic,
        ["核心"] = Crm.PartnerLevel.Core, ["core"] = Crm.PartnerLevel.Core,
        ["一般"] = Crm.PartnerLevel.Standard, ["standard"] = Crm.PartnerLevel.Standard,
    };

    public static readonly string[] KeyWords = ["重点", "key"];
    public static readonly string[] NewWords = ["新建", "new", "add"];
    public static readonly string[] ContactWords = ["联系", "contact"];
    public static readonly string[] SourceWords = ["来源", "via"];
    public static readonly string[] RenewWords = ["续约", "renews"];
    public static readonly string[] DealWords = ["商机", "deal"];
    public static readonly string[] ProductWords = ["产品", "product"];
    public static readonly string[] ListWords = ["列表", "list"];
    public static readonly string[] ExpectWords = ["预计", "close"];
    public static readonly string[] AdvanceWords = ["推进", "advance", "move"];
    public static readonly string[] NextStepWords = ["下一步", "next"];
    public static readonly string[] ConfirmWords = ["确认", "confirm"];
    public static readonly string[] AliasWords = ["别名", "alias"];

    public static PartnerKind? PartnerKind(string word) => PartnerKinds.TryGetValue(word, out var v) ? v : null;
    public static PartnerLevel? PartnerLevel(string word) => PartnerLevels.TryGetValue(word, out var v) ? v : null;

    public static TicketSeverity? Severity(string word) => Severities.TryGetValue(word, out var v) ? v : null;
    public static TicketState? TicketMove(string word) => TicketMoves.TryGetValue(word, out var v) ? v : null;

    public static OpportunityStage? Stage(string word) => Stages.TryGetValue(word, out var v) ? v : null;

    public static Industry? Industry(string word) => Industries.TryGetValue(word, out var v) ? v : null;
    public static CustomerLevel? Level(string word) => Levels.TryGetValue(word, out var v) ? v : null;
    public static VisitKind? Kind(string word) => Kinds.TryGetValue(word, out var v) ? v : null;
    public static bool Is(string word, string[] words) => words.Contains(word, StringComparer.OrdinalIgnoreCase);
}
