using NorthPool.Commands;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Commands;

public class TaskResolverTests
{
    [Theory]
    [InlineData("BD-010", "BD-010")]
    [InlineData("省级电网", "BD-010")]
    [InlineData("省级电网拓展", "BD-010")]
    [InlineData("nrt-chat", "PD-001")]
    public void ATaskIsFoundByIdOrByAnUnambiguousPartOfItsTitle(string reference, string id)
    {
        using var store = TestStore.CreateSeeded();

        var found = Assert.IsType<TaskResolution.Found>(new TaskResolver(store.Tasks).Resolve(reference));

        Assert.Equal(id, found.Task.Id);
    }

    [Fact]
    public void AnAmbiguousNameListsTheCandidates()
    {
        using var store = TestStore.CreateSeeded();

        var ambiguous = Assert.IsType<TaskResolution.Ambiguous>(new TaskResolver(store.Tasks).Resolve("电网"));

        Assert.Equal(["BD-010", "BD-011"], ambiguous.Candidates.Select(t => t.Id));
    }

    [Fact]
    public void AnUnknownIdSuggestsTheClosestIds()
    {
        using var store = TestStore.CreateSeeded();

        var notFound = Assert.IsType<TaskResolution.NotFound>(new TaskResolver(store.Tasks).Resolve("BD-015"));

        Assert.Equal(["BD-014", "BD-013", "BD-012"], notFound.Suggestions.Select(t => t.Id));
    }

    [Fact]
    public void AMisspelledTitleSuggestsTheClosestTitle()
    {
        using var store = TestStore.CreateSeeded();

        var notFound = Assert.IsType<TaskResolution.NotFound>(new TaskResolver(store.Tasks).Resolve("省级电网扩展"));

        Assert.Equal("BD-010", notFound.Suggestions[0].Id);
    }
}
