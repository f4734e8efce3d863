using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NorthPool.Commands;
using NorthPool.Members;

namespace NorthPool.Exports;

public static class ExportsRegistration
{
    // 导出: Excel workbooks of what features register with AddExportSheet, offered as signed, short-lived links.
    public static WebApplicationBuilder AddExports(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<ExportOptions>().Bind(builder.Configuration.GetSection(ExportOptions.Section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExportOptions>, ExportOptionsValidator>());
        services.AddSingleton<ExportFiles>();
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<ExportCommand>();
        services.AddVerb(new VerbSpec("export", ["导出"], ["export"])
        {
            Permission = new Permission(Grantee.PoolLead | Grantee.Admin | Grantee.Chairman),
            ActionZh = "导出数据", ActionEn = "export data",
            HelpZh = "导出 客户|合同|汇报 — 生成 Excel 下载链接（管理员、池负责人和董事长）",
            HelpEn = "export customers|contracts|report — an Excel download link (admins, pool leads and the chairman)",
        }, sp => (call, _) => Task.FromResult(sp.GetRequiredService<ExportCommand>().Handle(call)));
        return builder;
    }

    public static IServiceCollection AddExportSheet<T>(this IServiceCollection services)
        where T : class, IExportSheet =>
        services.AddSingleton<IExportSheet, T>();
}
