using NorthPool.Localization;

namespace NorthPool.Exports;

// One kind of thing 导出 can write to a workbook (客户, 合同, 汇报). A feature registers its own with AddExportSheet.
public interface IExportSheet
{
    // The words that name it after 导出 / export, Chinese first.
    IReadOnlyList<string> Words { get; }

    ExportTable Build(Language language, DateTimeOffset now);
}
