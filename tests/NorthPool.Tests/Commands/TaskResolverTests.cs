using NorthPool.Commands;
using NorthPool.Pools;
using NorthPool.Tasks;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Commands;

public class TaskResolverTests
{
    [Theory]
    [InlineData("BD-010", "BD-010-2026W48")]
    [InlineData("BD-010-2026W48", "BD-010-2026W48")]
    [InlineData("BD-010-W48", "BD-010-2026W48")]
    [InlineData("OP-001-1124", "OP-001-20261124")]
    [InlineData("BD-004", "BD-004#1")]
    [InlineData("省级电网", "BD-010-2026W48")]
    [InlineData("省级电网拓展", "BD-010-2026W48")]
    [InlineData("nrt-chat", "PD-001-2026M11")]
    public void ATaskIsFoundByIdOrByAnUnambiguousPartOfItsTitle(string reference, string id)
    {
        using var store = TestStore.CreateSeeded();

        var found = Assert.IsType<TaskResolution.Found>(Resolver(store).Resolve(reference));

        Assert.Equal(id, found.Task.Id);
    }

    [Fact]
    public void AnAmbiguousNameListsTheCandidates()
    {
        using var store = TestStore.CreateSeeded();

        var ambiguous = Assert.IsType<TaskResolution.Ambiguous>(Resolver(store).Resolve("电网"));

        Assert.Equal(["BD-010-2026W48", "BD-011-2026M11"], ambiguous.Candidates.Select(t => t.Id));
    }

    [Fact]
    public void AnUnknownIdSuggestsTheClosestIds()
    {
        using var store = TestStore.CreateSeeded();

        var notFound = Assert.IsType<TaskResolution.NotFound>(Resolver(store).Resolve("BD-015"));

        Assert.Equal(["[BD-014] 能源标杆案例打造", "[BD-013] 能源行业解决方案", "[BD-012] 新能源企业拓展"], notFound.Suggestions);
    }

    [Fact]
    public void AMisspelledTitleSuggestsTheClosestTitle()
    {
        using var store = TestStore.CreateSeeded();

        var notFound = Assert.IsType<TaskResolution.NotFound>(Resolver(store).Resolve("省级电网扩展"));

        Assert.StartsWith("[BD-010]", notFound.Suggestions[0]);
    }

    [Fact]
    public async Task ATemplateWithTwoOpenInstancesIsAmbiguousAndListsBoth()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(new TaskMove("BD-001-2026W48", TaskTrigger.Claim, People.Zhang, TestStore.Start), default);
        store.Time.Advance(TimeSpan.FromDays(7));
        store.OpenPeriod();

        var ambiguous = Assert.IsType<TaskResolution.Ambiguous>(Resolver(store).Resolve("BD-001"));

        Assert.Equal(["BD-001-2026W48", "BD-001-2026W49"], ambiguous.Candidates.Select(t => t.Id));
    }

    [Fact]
    public async Task ATemplateWhoseInstancesAreAllClosedMeansItsNewestInstance()
    {
        using var store = TestStore.CreateSeeded();
        var id = store.Current("BD-003");
        await store.Tasks.ApplyAsync(new TaskMove(id, TaskTrigger.Claim, People.Zhang, TestStore.Start), default);
        await store.Tasks.ApplyAsync(new TaskMove(id, TaskTrigger.Finish, People.Zhang, TestStore.Start), default);

        var found = Assert.IsType<TaskResolution.Found>(Resolver(store).Resolve("BD-003"));

        Assert.Equal((id, TaskState.Done), (found.Task.Id, found.Task.State));
    }

    [Fact]
    public void AnOnDemandTemplateWithoutAnInstanceSaysItIsStartedOnDemand()
    {
        using var store = TestStore.CreateSeeded();

        var notStarted = Assert.IsType<TaskResolution.NotStarted>(Resolver(store).Resolve("OP-032"));

        Assert.Equal("按需", notStarted.Template.FrequencyText);
    }

    private static TaskResolver Resolver(TestStore store) => new(store.Tasks, Catalog.Load(Catalog.DefaultPath));
}
