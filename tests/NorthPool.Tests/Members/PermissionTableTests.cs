using NorthPool.Members;
using NorthPool.Tasks;

namespace NorthPool.Tests.Members;

// Every cell of the task permission table: verb × role × ownership. A role is what the actor is for the task's pool.
public class PermissionTableTests
{
    private static readonly TaskInstance Task = new() { Id = "BD-001-2026W48", Pool = "BD", OwnerId = "29:owner", OwnerName = "张伟", State = TaskState.InProgress };

    public enum Actor { Member, LeadOfThisPool, LeadOfAnotherPool, Admin, Chairman }

    private static Member As(Actor actor, bool owner) => new(owner ? "29:owner" : "29:other", "x", IsAdmin: actor == Actor.Admin)
    {
        IsChairman = actor == Actor.Chairman,
        LeadOf = actor switch
        {
            Actor.LeadOfThisPool => new HashSet<string> { "BD" },
            Actor.LeadOfAnotherPool => new HashSet<string> { "PD" },
            _ => new HashSet<string>(),
        },
    };

    // Expected: for each verb, the actors allowed when they do not own the task ("-" = nobody), and whether the owner
    // (whatever else they are) is allowed.
    public static TheoryData<TaskTrigger, string, bool> Table => new()
    {
        { TaskTrigger.Claim, "Member LeadOfThisPool LeadOfAnotherPool Admin Chairman", true },
        { TaskTrigger.Pause, "-", true },
        { TaskTrigger.Resume, "-", true },
        { TaskTrigger.Finish, "-", true },
        { TaskTrigger.Progress, "-", true },
        { TaskTrigger.Log, "-", true },
        { TaskTrigger.Cancel, "LeadOfThisPool Admin", true },
        { TaskTrigger.Release, "LeadOfThisPool Admin", true },
        { TaskTrigger.Assign, "LeadOfThisPool Admin", false },
        { TaskTrigger.Prioritise, "LeadOfThisPool Admin Chairman", false },
        { TaskTrigger.Redate, "LeadOfThisPool Admin", true },
        { TaskTrigger.Overdue, "-", false },
        { TaskTrigger.Expire, "-", false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void EachRoleMayUseExactlyTheVerbsTheTableGivesIt(TaskTrigger trigger, string allowedNonOwners, bool ownerAllowed)
    {
        foreach (var actor in Enum.GetValues<Actor>())
        {
            Assert.Equal(allowedNonOwners.Split(' ').Contains(actor.ToString()), TaskPermissions.Allows(trigger, Task, As(actor, owner: false)));
            var asOwner = TaskPermissions.Allows(trigger, Task, As(actor, owner: true));
            var grantedAnyway = allowedNonOwners.Split(' ').Contains(actor.ToString());
            Assert.Equal(ownerAllowed || grantedAnyway, asOwner);
        }
    }

    [Fact]
    public void EveryTriggerHasARowInTheTable() =>
        Assert.All(Enum.GetValues<TaskTrigger>().Where(t => t != TaskTrigger.Create), t => TaskMoveRules.For(t));
}
