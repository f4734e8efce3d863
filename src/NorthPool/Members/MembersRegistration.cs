using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Members;

public static class MembersRegistration
{
    // Roles (seeded from configuration, managed by chat), who is speaking, language preferences, and their verbs.
    public static WebApplicationBuilder AddMembers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<AdminOptions>().Bind(builder.Configuration.GetSection(AdminOptions.Section));
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddStoreCollections(MemberCollections.All);
        services.AddSingleton<RoleStore>();
        services.AddRowChangeHandler<PreferenceRowChanges>();
        services.AddRowChangeHandler<AccountRowChanges>();
        services.AddRowChangeHandler<RoleRowChanges>();
        services.AddHostedService<RoleSeeder>();
        services.AddSingleton<MemberDirectory>();
        services.AddSingleton<WhoMay>();
        services.AddSingleton<MemberPreferenceStore>();
        services.AddSingleton<MemberAccountStore>();
        services.AddSingleton<LanguageResolver>();
        services.AddSingleton<LanguageCommand>();
        services.AddSingleton<RolesCommand>();

        services.AddVerb(new VerbSpec("lang", ["语言"], ["lang", "language"])
        {
            HelpZh = "语言 zh|en — 切换语言", HelpEn = "lang zh|en — reply language",
        }, sp => (call, ct) => sp.GetRequiredService<LanguageCommand>().HandleAsync(call.Args, call.Context, ct));
        services.AddVerb(new VerbSpec("roles", ["角色"], ["roles"])
        {
            HelpZh = "角色 — 董事长、各池组长、管理员", HelpEn = "roles — the chairman, pool leads and admins",
        }, sp => (call, _) => Task.FromResult(sp.GetRequiredService<RolesCommand>().List(call)));
        services.AddVerb(new VerbSpec("set-lead", ["设为组长"], ["set-lead"])
        {
            Permission = new Permission(Grantee.Admin),
            ActionZh = "设定组长", ActionEn = "name pool leads",
            HelpZh = "设为组长 BD @李娜 — 设定任务池组长（管理员）", HelpEn = "set-lead BD @Li — make a member a pool lead (admins)",
        }, sp => sp.GetRequiredService<RolesCommand>().SetLeadAsync);
        return builder;
    }
}
