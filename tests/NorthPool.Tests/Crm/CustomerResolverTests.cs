using NorthPool.Crm;

namespace NorthPool.Tests.Crm;

public class CustomerResolverTests
{
    [Theory]
    [InlineData("中国移动广东公司", "中国移动 广东 有限公司")]
    [InlineData("广东移动", "广东移动")]
    [InlineData("Guangdong Mobile", "guangdong  mobile")]
    [InlineData("中国石化", "中国石化股份有限公司")]
    public void NamesThatMeanTheSameCustomerHaveTheSameKey(string a, string b) =>
        Assert.Equal(CustomerNames.Key(a), CustomerNames.Key(b));

    [Fact]
    public async Task ANameAnAliasAPartAndANumberEachFindTheCustomer()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("中国移动广东公司", Industry.Telecom, aliases: "广东移动");
        await crm.AddAsync("南方电网", Industry.Energy);

        Assert.Equal(gd.Id, Found(crm.Resolver.Resolve("中国移动广东公司")).Id);
        Assert.Equal(gd.Id, Found(crm.Resolver.Resolve("广东移动")).Id);
        Assert.Equal(gd.Id, Found(crm.Resolver.Resolve("移动广东")).Id);
        Assert.Equal(gd.Id, Found(crm.Resolver.Resolve($"C{gd.Id}")).Id);
    }

    [Fact]
    public async Task APartOfSeveralNamesListsThemAndAFarNameSuggestsNothing()
    {
        using var crm = new CrmFixture();
        await crm.AddAsync("广东移动", Industry.Telecom);
        await crm.AddAsync("广东电网", Industry.Energy);

        var ambiguous = Assert.IsType<CustomerResolution.Ambiguous>(crm.Resolver.Resolve("广东"));
        Assert.Equal(["广东移动", "广东电网"], ambiguous.Candidates.Select(c => c.Name));

        var near = Assert.IsType<CustomerResolution.NotFound>(crm.Resolver.Resolve("广东移送"));
        Assert.Equal(["广东移动"], near.Nearest.Select(c => c.Name));

        var far = Assert.IsType<CustomerResolution.NotFound>(crm.Resolver.Resolve("中石油"));
        Assert.Empty(far.Nearest);
    }

    [Fact]
    public async Task LookAlikesOfANewNameAreTheSameKeyOneInsideTheOtherOrANearSpelling()
    {
        using var crm = new CrmFixture();
        await crm.AddAsync("中国移动广东公司", Industry.Telecom);
        await crm.AddAsync("国家电网", Industry.Energy);

        Assert.Equal(["中国移动广东公司"], crm.Resolver.LookAlikes(["中国移动广东"]).Select(c => c.Name));
        Assert.Equal(["国家电网"], crm.Resolver.LookAlikes(["国家电网公司"]).Select(c => c.Name));
        Assert.Empty(crm.Resolver.LookAlikes(["中石化"]));
    }

    [Fact]
    public async Task TwoCreationsOfOneNameAtOnceLeaveOneCustomer()
    {
        using var crm = new CrmFixture();
        var customer = new Customer { Name = "广东移动", Industry = Industry.Telecom };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => crm.Customers.CreateAsync(customer, Support.People.Zhang, null, default)));

        Assert.Single(results.OfType<CustomerCreation.Created>());
        Assert.Equal(7, results.OfType<CustomerCreation.Exists>().Count());
        Assert.Single(crm.Store.Db.Customers.FindAll());
        Assert.Single(crm.Store.Db.CrmChanges.FindAll());
    }

    private static Customer Found(CustomerResolution resolution) => Assert.IsType<CustomerResolution.Found>(resolution).Customer;
}
