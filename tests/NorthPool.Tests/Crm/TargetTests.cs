using NorthPool.Crm;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

public class TargetTests
{
    [Fact]
    public void TheCatalogsSixAnnualTargetsAreRead()
    {
        using var crm = new CrmFixture();

        Assert.Equal(
            ["contract_amount:Money:10000000", "receipt_amount:Money:8000000", "active_customers:Count:200", "renewal_rate:MinPercent:85", "partners:Count:50", "product_revenue:Money:3000000"],
            crm.Targets.Shipped.Select(t => $"{t.Metric}:{t.Kind}:{t.Value:0}"));
    }

    [Fact]
    public async Task TheYearSoFarIsCountedAgainstEachTargetAndFiguresTheCrmDoesNotKeepHaveNone()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        await crm.Contracts.CreateAsync(new Contract { Amount = 2_000_000m, SignedOn = new DateOnly(2026, 3, 1), TermMonths = 12, ProductLine = "NRT-Chat", OwnerId = Zhang.Id }, gd, Zhang, null, default);
        await crm.Contracts.CreateAsync(new Contract { Amount = 500_000m, SignedOn = new DateOnly(2025, 12, 31), TermMonths = 12, OwnerId = Zhang.Id }, gd, Zhang, null, default);

        var standings = crm.Progress.Standings(new DateOnly(2026, 7, 2)).ToDictionary(s => s.Target.Metric);

        Assert.Equal((2_000_000m, 20.0m), (standings["contract_amount"].Actual, standings["contract_amount"].CompletionPercent));
        Assert.Equal(2_000_000m, standings["product_revenue"].Actual);
        Assert.Equal(1m, standings["active_customers"].Actual);
        Assert.Null(standings["renewal_rate"].Actual);
        Assert.Null(standings["partners"].Actual);
        Assert.Equal(50.1m, standings["contract_amount"].YearSharePercent);
    }

    [Fact]
    public async Task TheMonthEndForecastIsSignedPlusDealsExpectedThisMonthWeightedByStage()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        await crm.Contracts.CreateAsync(new Contract { Amount = 1_000_000m, SignedOn = new DateOnly(2026, 11, 3), TermMonths = 12, OwnerId = Zhang.Id }, gd, Zhang, null, default);
        foreach (var (stage, close) in new[] { (OpportunityStage.Negotiation, new DateOnly(2026, 11, 30)), (OpportunityStage.Bid, new DateOnly(2026, 11, 20)), (OpportunityStage.Negotiation, new DateOnly(2026, 12, 1)) })
        {
            await crm.Opportunities.CreateAsync(new Opportunity { Title = "试点", Amount = 500_000m, Stage = stage, ExpectedClose = close, OwnerId = Zhang.Id }, gd, Zhang, null, default);
        }

        var forecast = crm.Progress.MonthEnd(new DateOnly(2026, 11, 24));

        // 100万 signed + 50万 × 0.8 + 50万 × 0.6; the deal expected in December is not counted.
        Assert.Equal((1_000_000m, 700_000m, 1_700_000m), (forecast.Signed, forecast.WeightedPipeline, forecast.Total));
    }

    [Theory]
    [InlineData("""{ "annual_targets": [ { "metric": "contract_amount", "name_zh": "合同额" } ] }""", "gives annual target 'contract_amount' no value")]
    [InlineData("""{ "annual_targets": [ { "metric": "contract_amount", "target_wan": "很多" } ] }""", "cannot be read")]
    public void ABadAnnualTargetStopsWithOneLineNamingTheFile(string json, string expected)
    {
        using var crm = new CrmFixture();
        var path = Path.Combine(Path.GetTempPath(), "northpool-tests", Guid.NewGuid().ToString("N") + "-catalog.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);

        var error = Assert.Throws<InvalidDataException>(() => AnnualTargets.Load(path, crm.Store.Db));

        Assert.Contains(path, error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
