using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Tasks;

public class RecentHistoryTests
{
    [Fact]
    public async Task EachVersionOfATaskShowsTheHistoryItHadThen()
    {
        using var store = TestStore.CreateSeeded();
        const string id = "BD-001-2026W48";
        Assert.Empty(store.Tasks.RecentHistory(store.Tasks.Find(id)!));

        var triggers = new[] { TaskTrigger.Claim, TaskTrigger.Release, TaskTrigger.Claim, TaskTrigger.Release, TaskTrigger.Claim };
        for (var i = 0; i < triggers.Length; i++)
        {
            await store.Tasks.ApplyAsync(new TaskMove(id, triggers[i], Zhang, TestStore.Start.AddMinutes(i), ActivityId: $"a{i}"), default);
            var task = store.Tasks.Find(id)!;

            var shown = store.Tasks.RecentHistory(task);

            Assert.Equal(store.Tasks.History(id, RecentHistory.Shown).Select(e => e.Id), shown.Select(e => e.Id));
            Assert.Equal(triggers[i], shown[0].Trigger);
            Assert.Same(shown, store.Tasks.RecentHistory(task));
        }
    }
}
