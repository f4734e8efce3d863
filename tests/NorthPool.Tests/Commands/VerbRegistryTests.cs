using NorthPool.Members;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Commands;

// The verbs as the features register them: every verb has words in both languages and, where it has help, help in
// both; and the permission each declares is the one the plan's roles call for.
public class VerbRegistryTests
{
    public static TheoryData<string, Grantee> Permissions => new()
    {
        { "claim", Grantee.Anyone }, { "pause", Grantee.Owner }, { "resume", Grantee.Owner }, { "progress", Grantee.Owner },
        { "log", Grantee.Owner }, { "finish", Grantee.Owner },
        { "cancel", Grantee.Owner | Grantee.PoolLead | Grantee.Admin }, { "release", Grantee.Owner | Grantee.PoolLead | Grantee.Admin },
        { "show", Grantee.Anyone }, { "list", Grantee.Anyone }, { "mine", Grantee.Anyone }, { "history", Grantee.Anyone }, { "new", Grantee.Anyone },
        { "assign", Grantee.PoolLead | Grantee.Admin }, { "priority", Grantee.PoolLead | Grantee.Admin | Grantee.Chairman },
        { "due", Grantee.Owner | Grantee.PoolLead | Grantee.Admin },
        { "lang", Grantee.Anyone }, { "roles", Grantee.Anyone }, { "set-lead", Grantee.Admin },
        { "report", Grantee.Anyone }, { "report-here", Grantee.Admin }, { "instruct", Grantee.Chairman },
        { "set-chairman", Grantee.Admin }, { "help", Grantee.Anyone },
        { "customer", Grantee.Anyone }, { "visit", Grantee.Anyone }, { "opportunity", Grantee.Anyone }, { "funnel", Grantee.Anyone }, { "form", Grantee.Anyone }, { "contract", Grantee.Anyone }, { "receipt", Grantee.Anyone }, { "target", Grantee.Anyone }, { "ticket", Grantee.Anyone }, { "partner", Grantee.Anyone }, { "receivable", Grantee.Anyone }, { "contacts", Grantee.Anyone }, { "export", Grantee.PoolLead | Grantee.Admin | Grantee.Chairman }, { "import", Grantee.PoolLead | Grantee.Admin },
        { "backup", Grantee.Admin }, { "status", Grantee.Admin }, { "alerts-here", Grantee.Admin },
    };

    [Theory]
    [MemberData(nameof(Permissions))]
    public void EachVerbDeclaresThePermissionItsRolesCallFor(string name, Grantee grantees) =>
        Assert.Equal(grantees, TestVerbs.Registry.ByName(name)!.Spec.Permission.Grantees);

    [Fact]
    public void EveryVerbHasWordsInBothLanguagesAndItsHelpInBoth()
    {
        Assert.All(TestVerbs.Registry.Verbs, v =>
        {
            Assert.NotEmpty(v.Spec.ChineseWords);
            Assert.NotEmpty(v.Spec.EnglishWords);
            Assert.Equal(v.Spec.HelpZh is null, v.Spec.HelpEn is null);
        });
        Assert.Equal(TestVerbs.Registry.HelpLines(NorthPool.Localization.Language.ZhCn).Count, TestVerbs.Registry.HelpLines(NorthPool.Localization.Language.EnUs).Count);
    }

    [Fact]
    public void EveryRegisteredVerbIsInThePermissionTable() =>
        Assert.Equal(
            TestVerbs.Registry.Verbs.Select(v => v.Spec.Name).Where(n => n is not ("ack" or "fulfil")).Order(),
            Permissions.Select(row => (string)row[0]).Order());
}
