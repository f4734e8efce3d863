using System.Text;
using MiniExcelLibs;
using NorthPool.Imports;

namespace NorthPool.Tests.Imports;

public sealed class ImportTableTests
{
    static ImportTableTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void AWorkbookIsReadWithItsHeadersRowNumbersAndCellsAsText()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[]
        {
            new Dictionary<string, object> { ["名称"] = "广东移动", ["金额"] = 12.5, ["日期"] = new DateTime(2026, 12, 1) },
            new Dictionary<string, object> { ["名称"] = "", ["金额"] = "", ["日期"] = "" },
            new Dictionary<string, object> { ["名称"] = " 广西电网 ", ["金额"] = 3, ["日期"] = "" },
        });

        var table = ImportTable.Read(stream.ToArray(), ImportFileKind.Xlsx, 100)!;

        Assert.Equal(["名称", "金额", "日期"], table.Headers);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Number));
        Assert.Equal(("广东移动", "12.5", "2026-12-01"), (table.Rows[0].Cells["名称"], table.Rows[0].Cells["金额"], table.Rows[0].Cells["日期"]));
        Assert.Equal("广西电网", table.Rows[1].Get(["客户名称", "名称"]));
    }

    [Theory]
    [InlineData("UTF-8")]
    [InlineData("GB18030")]
    public void ACsvIsReadInUtf8OrGb18030WithQuotedCommas(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes("名称,行业\r\n\"中国石油, 华南\",石化\r\n");

        var table = ImportTable.Read(bytes, ImportFileKind.Csv, 100)!;

        Assert.Equal("中国石油, 华南", Assert.Single(table.Rows).Cells["名称"]);
    }

    [Fact]
    public void GarbageIsNoTableAndTooManyRowsAreCapped()
    {
        Assert.Null(ImportTable.Read(Encoding.UTF8.GetBytes("not a workbook"), ImportFileKind.Xlsx, 100));
        var many = Encoding.UTF8.GetBytes("名称\r\n" + string.Join("\r\n", Enumerable.Range(1, 5).Select(i => $"客户{i}")));
        var capped = ImportTable.Read(many, ImportFileKind.Csv, 3)!;
        Assert.True(capped.Capped);
        Assert.Equal(3, capped.Rows.Count);
    }
}
