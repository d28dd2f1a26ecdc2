using Spectre.Console;

namespace PaperBot.Host.Output;

/// <summary>Shows the progress of long operations on standard error: a live bar in a terminal, plain lines when redirected,
/// so that standard output stays clean for <c>--format json</c>.</summary>
public sealed class ProgressReporter
{
    private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    private readonly bool live = !Console.IsErrorRedirected;

    /// <param name="total">The number of items when known in advance; plain output then prints every tenth.</param>
    public async Task<T> RunAsync<T>(string title, int total, Func<IProgress<int>, Task<T>> work)
    {
        if (live)
        {
            return await console.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: Math.Max(total, 1));
                var result = await work(new SynchronousProgress(done => task.Value = done));
                task.Value = task.MaxValue;
                return result;
            });
        }

        Console.Error.WriteLine($"{title}: {total} to do");
        var step = Math.Max(total / 10, 1);
        var next = step;
        var outcome = await work(new SynchronousProgress(done =>
        {
            if (done < next)
                return;
            Console.Error.WriteLine($"{title}: {done}/{total}");
            next = done + step;
        }));
        Console.Error.WriteLine($"{title}: done");
        return outcome;
    }

    /// <summary><see cref="Progress{T}"/> posts to the thread pool and can report after the work ended; this reports in line.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
