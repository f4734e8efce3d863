using NorthPool.Storage;

namespace NorthPool.Tasks;

// Committed task changes. The card updater registers at the commit (OnCommit); the web board listens.
public sealed class TaskChangeFeed : ChangeFeed<TaskChanged>;
