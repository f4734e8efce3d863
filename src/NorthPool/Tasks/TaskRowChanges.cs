using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Tasks;

// Tasks another instance committed: the open tasks in memory and the pages here follow (TaskStore.ApplyRemote).
internal sealed class TaskRowChanges(TaskStore store) : IRowChangeHandler
{
    public string Collection => "tasks";

    public void Changed(BsonValue id) => store.ApplyRemote(id.AsString);

    public void Forget() => store.ForgetOpen();
}
