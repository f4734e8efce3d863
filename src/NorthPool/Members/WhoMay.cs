using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Members;

// Names the people a permission lets in, for a refusal: "负责人 张伟、央企BD组长 李娜或管理员".
public sealed class WhoMay(RoleStore roles)
{
    public string Describe(Permission permission, TaskInstance? task, Language language, Func<string, string> poolName)
    {
        var who = new List<string>();
        var g = permission.Grantees;
        if (g.HasFlag(Grantee.Owner) && task?.OwnerName is { } owner)
            who.Add(Texts.Get(language, TextId.WhoOwner, owner));
        if (g.HasFlag(Grantee.PoolLead))
        {
            var leads = task is null ? [] : roles.LeadsOf(task.Pool);
            who.Add(leads.Count == 0
                ? Texts.Get(language, TextId.WhoAnyPoolLead, task is null ? "" : language == Language.ZhCn ? poolName(task.Pool) : " of " + poolName(task.Pool))
                : Texts.Get(language, TextId.WhoPoolLead, poolName(task!.Pool), string.Join(language.ListSeparator(), leads.Select(l => l.MemberName ?? l.MemberId))));
        }
        if (g.HasFlag(Grantee.Admin))
            who.Add(Texts.Get(language, TextId.WhoAdmin));
        if (g.HasFlag(Grantee.Chairman))
            who.Add(Texts.Get(language, TextId.WhoChairman));
        return who.Count switch
        {
            0 => Texts.Get(language, TextId.WhoNobody),
            1 => who[0],
            _ => string.Join(language.ListSeparator(), who[..^1]) + Texts.Get(language, TextId.WhoOr) + who[^1],
        };
    }

    public string Refusal(Permission permission, TaskInstance? task, Language language, string action, Func<string, string> poolName) =>
        Texts.Get(language, TextId.OnlyWhoMay, Describe(permission, task, language, poolName), action);
}
