namespace NorthPool.Board;

// Which open tasks wait on a customer although nobody paused them: the CRM fills it (a visit counted for the task
// whose next step with the customer is due). The kanban puts those in 客户跟进.
public interface ICustomerStepSource
{
    // Task id → the day the customer's next step was due, for steps due on or before today.
    IReadOnlyDictionary<string, DateOnly> StepsDue(DateTimeOffset now);
}
