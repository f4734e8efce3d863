using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NorthPool.Commands;
using NorthPool.Members;

namespace NorthPool.Imports;

public static class ImportsRegistration
{
    // 导入: reads what features register with AddImportSheet from a file a member sends, as a dry run, then for real.
    public static WebApplicationBuilder AddImports(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<ImportOptions>().Bind(builder.Configuration.GetSection(ImportOptions.Section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>());
        services.AddHttpClient(ImportDownloads.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<ImportDownloads>();
        services.AddSingleton<PendingImports>();
        services.AddSingleton<ImportCommand>();
        services.AddVerb(new VerbSpec(ImportCommand.Verb, ["导入"], ["import"])
        {
            Permission = new Permission(Grantee.PoolLead | Grantee.Admin),
            ActionZh = "导入数据", ActionEn = "import data",
            HelpZh = "导入 客户 — 附上 .xlsx 或 .csv：先预览新增、重复和有误的行，确认后导入（管理员和池负责人）",
            HelpEn = "import customers — attach an .xlsx or .csv: a preview of the new, duplicate and faulty rows, imported once you confirm (admins and pool leads)",
        }, sp => sp.GetRequiredService<ImportCommand>().HandleAsync);
        return builder;
    }

    public static IServiceCollection AddImportSheet<T>(this IServiceCollection services)
        where T : class, IImportSheet =>
        services.AddSingleton<IImportSheet, T>();
}
