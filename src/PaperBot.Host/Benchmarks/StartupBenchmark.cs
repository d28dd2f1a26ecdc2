using System.Diagnostics;

namespace PaperBot.Host.Benchmarks;

/// <summary>Starts <c>paperbot run</c> as a new process, as a person would, and times it until the chat's banner appears.</summary>
public static class StartupBenchmark
{
    public sealed record Result(double FirstStartSeconds, IReadOnlyList<double> WarmStartSeconds);

    public static async Task<Result> RunAsync(int runs, CancellationToken cancellationToken = default)
    {
        var executable = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this executable is unknown.");
        var folder = Path.Combine(Path.GetTempPath(), "paperbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = Path.Combine(folder, "paperbot.db");
            var first = await TimeToBannerAsync(executable, database, cancellationToken);
            var warm = new List<double>();
            for (var i = 0; i < runs; i++)
                warm.Add(await TimeToBannerAsync(executable, database, cancellationToken));
            return new Result(first, warm);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> TimeToBannerAsync(string executable, string database, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--db", database, "run" })
            start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("PaperBot", StringComparison.Ordinal))
                break;
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"paperbot run exited with {process.ExitCode}: {await errors}");
        return elapsed;
    }
}
