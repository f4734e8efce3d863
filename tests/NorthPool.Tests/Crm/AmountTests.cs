using NorthPool.Crm;

namespace NorthPool.Tests.Crm;

public class AmountTests
{
    [Theory]
    [InlineData("50万", 500_000)]
    [InlineData("50w", 500_000)]
    [InlineData("50W", 500_000)]
    [InlineData("80万元", 800_000)]
    [InlineData("1.5亿", 150_000_000)]
    [InlineData("500000", 500_000)]
    [InlineData("¥500,000", 500_000)]
    [InlineData("￥50万", 500_000)]
    [InlineData("１２万", 120_000)]
    [InlineData("800k", 800_000)]
    [InlineData("12.3456万", 123_456)]
    [InlineData("199.99", 199.99)]
    public void AmountsAreReadToExactYuan(string typed, decimal yuan) => Assert.Equal(yuan, Amount.Parse(typed));

    [Theory]
    [InlineData("80万x")]
    [InlineData("0")]
    [InlineData("-5万")]
    [InlineData("五十万")]
    [InlineData("1,00万")]
    [InlineData("0.001")]
    [InlineData("2000000000000")]
    public void AnythingElseIsNotAnAmount(string typed) => Assert.Null(Amount.Parse(typed));

    [Theory]
    [InlineData(500_000, "50万")]
    [InlineData(123_456, "12.35万")]
    [InlineData(1_000, "0.1万")]
    public void AmountsAreShownInWan(decimal yuan, string shown) => Assert.Equal(shown, Amount.InWan(yuan));
}
