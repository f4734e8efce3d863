using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace NorthPool.IntegrationTests.Support;

// Listens to the app's Quartz scheduler: a job that has finished is the signal that what it does has been done,
// where a pause would only guess. Each completion is counted per job key.
public sealed class JobRuns : IJobListener
{
    private readonly ConcurrentDictionary<JobKey, int> _done = new();
    private readonly ConcurrentDictionary<JobKey, DateTimeOffset> _latestSlot = new();

    public string Name { get; } = "test-job-runs-" + Guid.NewGuid().ToString("N");

    public static async Task<JobRuns> AttachAsync(NorthPoolApp app)
    {
        var runs = new JobRuns();
        var scheduler = await app.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(runs, [Matchers.AllJobs()]);
        return runs;
    }

    public int Count(JobKey key) => _done.GetValueOrDefault(key);

    // Waits until the job has finished more times than `before`.
    public async Task WaitAsync(JobKey key, int before = 0)
    {
        var deadline = Environment.TickCount64 + 10_000;
        while (Count(key) <= before)
        {
            if (Environment.TickCount64 > deadline)
                throw new TimeoutException($"{key} did not finish a run (runs: {Count(key)})");
            await Task.Delay(20);
        }
    }

    // Waits until the job has finished a run scheduled after `after`: a late run of an earlier slot does not count
    // (a persistent job store may fire it only once the clock has moved on).
    public async Task WaitForSlotAfterAsync(JobKey key, DateTimeOffset after)
    {
        var deadline = Environment.TickCount64 + 10_000;
        while (!(_latestSlot.TryGetValue(key, out var slot) && slot > after))
        {
            if (Environment.TickCount64 > deadline)
                throw new TimeoutException($"{key} did not finish a run scheduled after {after:O} (runs: {Count(key)})");
            await Task.Delay(20);
        }
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var slot = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        _latestSlot.AddOrUpdate(context.JobDetail.Key, slot, (_, known) => known > slot ? known : slot);
        _done.AddOrUpdate(context.JobDetail.Key, 1, (_, n) => n + 1);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
