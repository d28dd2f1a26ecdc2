using System.Diagnostics;

namespace PaperBot.Recommender.Benchmarks;

/// <summary>This process's processor time and memory, for the benchmarks. Processor time is reported beside elapsed
/// time because the machine is shared: elapsed time alone says as much about the neighbours as about PaperBot.</summary>
public static class ProcessUsage
{
    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static long WorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>Runs <paramref name="work"/> and returns its result with the process's peak working set meanwhile,
    /// sampled every 50 ms (the operating system's own peak would include everything before).</summary>
    public static async Task<(T Result, long PeakBytes)> PeakWorkingSetWhile<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var process = Process.GetCurrentProcess();
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None);
        try
        {
            return (await work(), Math.Max(peak, WorkingSetBytes()));
        }
        finally
        {
            await stop.CancelAsync();
            await sampler;
        }
    }
}
