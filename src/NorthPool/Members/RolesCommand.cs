using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Members;

// 角色 lists who holds which role; 设为组长 BD @李娜 (admins) makes a member a lead of a pool (several per pool allowed).
public sealed class RolesCommand(RoleStore roles, PoolNames pools, TimeProvider timeProvider)
{
    public Reply List(VerbCall call)
    {
        var language = call.Context.Language;
        string Names(IEnumerable<RoleGrant> grants) =>
            grants.Select(g => g.MemberName ?? g.MemberId).Distinct().DefaultIfEmpty(Texts.Get(language, TextId.RolesNone))
                .Aggregate((a, b) => a + language.ListSeparator() + b);
        var lines = new List<string>
        {
            Texts.Get(language, TextId.RolesTitle),
            "- " + Texts.Get(language, TextId.RolesChairman, Names(roles.Holders(Role.Chairman))),
        };
        lines.AddRange(pools.Codes.Select(code => "- " + Texts.Get(language, TextId.RolesLeads, pools.Name(code, language), Names(roles.LeadsOf(code)))));
        lines.Add("- " + Texts.Get(language, TextId.RolesAdmins, Names(roles.Holders(Role.Admin))));
        return new Reply(string.Join("\n", lines));
    }

    public async Task<Reply> SetLeadAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var language = call.Context.Language;
        var mentioned = Mentions.Of(call.Context.Activity);
        var words = Mentions.Without(call.Text.Original(call.Args), mentioned).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pool = words.Length > 0 ? pools.Match(words[0]) : null;
        if (pool is null || mentioned.Count == 0)
            return new Reply(Texts.Get(language, TextId.LeadUsage));
        var (id, name) = mentioned[0];
        await roles.GrantAsync(new RoleGrant
        {
            Role = Role.PoolLead, Pool = pool, MemberId = id, MemberName = name, GrantedBy = call.Context.Member.Id, At = timeProvider.GetUtcNow(),
        }, cancellationToken);
        return new Reply(Texts.Get(language, TextId.LeadSet, name, pools.Name(pool, language)));
    }
}
