using System.Diagnostics;
using System.Text;

namespace PaperBot.Host.Benchmarks;

/// <summary>
/// <c>paperbot</c> started as a new process, as an operator would, with its memory sampled from outside: the peak is
/// the kernel's high-water mark of the child's resident set (<c>VmHWM</c>), so nothing of the benchmark's own counts.
/// </summary>
internal sealed class PaperBotProcess : IAsyncDisposable
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process process;
    private readonly StringBuilder errors = new();
    private readonly Task errorReader;
    private readonly CancellationTokenSource stopSampling = new();
    private readonly Task sampler;
    private long peakBytes;
    private long workingSetBytes;
    private long processorTicks;

    private PaperBotProcess(Process process)
    {
        this.process = process;
        Clock = Stopwatch.StartNew();
        errorReader = ReadErrorsAsync();
        sampler = SampleAsync(stopSampling.Token);
    }

    /// <summary>Time since the process was started.</summary>
    public Stopwatch Clock { get; }

    public StreamReader Output => process.StandardOutput;

    /// <summary>The highest resident set the process reached, as last sampled.</summary>
    public long PeakWorkingSetBytes => Interlocked.Read(ref peakBytes);

    /// <summary>The resident set at the last sample.</summary>
    public long WorkingSetBytes => Interlocked.Read(ref workingSetBytes);

    /// <summary>Processor time of all the process's threads, as last sampled: on a shared machine it says more about
    /// PaperBot's own cost than the elapsed time.</summary>
    public TimeSpan ProcessorTime => TimeSpan.FromTicks(Interlocked.Read(ref processorTicks));

    public static PaperBotProcess Start(params string[] arguments)
    {
        var executable = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this executable is unknown.");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return new PaperBotProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}."));
    }

    /// <summary>Runs <c>paperbot</c> to its end; throws with its standard error if it fails.</summary>
    public static async Task<(TimeSpan Elapsed, TimeSpan ProcessorTime, long PeakWorkingSetBytes)> RunAsync(string[] arguments, CancellationToken cancellationToken)
    {
        await using var child = Start(arguments);
        var output = child.Output.ReadToEndAsync(cancellationToken);
        await child.WaitForSuccessAsync(cancellationToken);
        await output;
        return (child.Clock.Elapsed, child.ProcessorTime, child.PeakWorkingSetBytes);
    }

    /// <summary>Closes standard input (the terminal chat then ends) and waits for a zero exit code.</summary>
    public async Task WaitForSuccessAsync(CancellationToken cancellationToken)
    {
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        Clock.Stop();
        await errorReader;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"paperbot {string.Join(' ', process.StartInfo.ArgumentList)} exited with {process.ExitCode}: {errors}");
    }

    public async ValueTask DisposeAsync()
    {
        await stopSampling.CancelAsync();
        await sampler;
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
        stopSampling.Dispose();
    }

    private async Task ReadErrorsAsync()
    {
        while (await process.StandardError.ReadLineAsync() is { } line)
            errors.AppendLine(line);
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SampleInterval);
        do
        {
            try
            {
                process.Refresh();
                if (process.HasExited)
                    return;
                // Both read /proc/PID/status on Linux: VmHWM and VmRSS.
                Interlocked.Exchange(ref peakBytes, Math.Max(peakBytes, process.PeakWorkingSet64));
                Interlocked.Exchange(ref workingSetBytes, process.WorkingSet64);
                Interlocked.Exchange(ref processorTicks, process.TotalProcessorTime.Ticks);
            }
            catch (InvalidOperationException)
            {
                return;
            }
        }
        while (await WaitAsync(timer, cancellationToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
