using System.Collections.Concurrent;
using System.Diagnostics;

namespace PaperBot.Host.Tests.Process;

/// <summary><c>paperbot run</c> as a real child process (the build beside the tests), its settings in environment
/// variables as an operator would give them, its standard error kept line by line.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly System.Diagnostics.Process process;
    private readonly ConcurrentQueue<string> errors = new();

    private BotProcess(System.Diagnostics.Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
                errors.Enqueue(line.Data);
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public IReadOnlyList<string> ErrorLines => [.. errors];

    /// <param name="settings">Keys as in configuration (<c>Discord:Token</c>), passed as <c>PAPERBOT_Discord__Token</c>.</param>
    public static BotProcess Start(string database, string workingFolder, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "paperbot.dll"), "run", "--db", database })
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in settings)
            start.Environment["PAPERBOT_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return new BotProcess(System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    public Task UntilLoggedAsync(string text) =>
        Waiting.UntilAsync(() => errors.Any(l => l.Contains(text, StringComparison.Ordinal)), $"the log line \"{text}\" in\n{string.Join('\n', errors)}");

    /// <summary>Waits for something the bot does to the fakes; a timeout shows the bot's log.</summary>
    public async Task UntilAsync(Task happened, string what)
    {
        if (await Task.WhenAny(happened, Task.Delay(Waiting.Patience)) != happened)
            throw new TimeoutException($"waited {Waiting.Patience} for {what}; the bot logged:\n{string.Join('\n', errors)}");
    }

    /// <summary>What an orchestrator sends to stop a container (<see cref="System.Diagnostics.Process.Kill()"/> would be SIGKILL).</summary>
    public async Task TerminateAsync()
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Waiting.Patience);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
