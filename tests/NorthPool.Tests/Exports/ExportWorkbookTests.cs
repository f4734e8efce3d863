using MiniExcelLibs;
using NorthPool.Exports;

namespace NorthPool.Tests.Exports;

public class ExportWorkbookTests
{
    [Fact]
    public void AmountsStayNumbersDatesBecomeDatesAndAnEmptySheetKeepsItsHeaders()
    {
        var table = new ExportTable("合同", ["合同号", "金额（元）", "签约日期"], [["#C1", 1_234_567.89m, new DateOnly(2026, 11, 20)]]);

        using var written = new MemoryStream(ExportWorkbook.Write(table));
        var row = (IDictionary<string, object>)Assert.Single(written.Query(useHeaderRow: true));
        using var empty = new MemoryStream(ExportWorkbook.Write(table with { Rows = [] }));

        Assert.Equal(1_234_567.89d, Convert.ToDouble(row["金额（元）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2026, 11, 20), Assert.IsType<DateTime>(row["签约日期"]));
        Assert.Equal(["合同号", "金额（元）", "签约日期"], ((IDictionary<string, object>)Assert.Single(empty.Query())).Values.Select(v => (string)v));
    }
}
