using Spectre.Console;

namespace PaperBot.Host.Output;

/// <summary>Shows the progress of long operations on standard error: live bars in a terminal, plain lines when redirected,
/// so that standard output stays clean for <c>--format json</c>.</summary>
public sealed class ProgressReporter(CliConsole cli)
{
    private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(cli.Error) });
    private readonly bool live = cli.Terminal.ErrorIsTerminal;

    public async Task<T> RunAsync<T>(Func<IProgress<ProgressStep>, Task<T>> work)
    {
        if (!live)
            return await work(new InlineProgress(new PlainLines(cli.Error).Report));

        return await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var bars = new Dictionary<string, ProgressTask>();
            return await work(new InlineProgress(step =>
            {
                if (!bars.TryGetValue(step.Stage, out var bar))
                    bars[step.Stage] = bar = context.AddTask(Markup.Escape(step.Stage), maxValue: Math.Max(step.Total, 1));
                bar.MaxValue = Math.Max(step.Total, 1);
                bar.Value = step.Done;
            }));
        });
    }

    /// <summary>One line when a stage starts, at every tenth of it, and when it ends.</summary>
    private sealed class PlainLines(TextWriter error)
    {
        private readonly Dictionary<string, int> nextLine = [];

        public void Report(ProgressStep step)
        {
            var step10 = Math.Max(step.Total / 10, 1);
            if (!nextLine.TryGetValue(step.Stage, out var next))
                next = 0;
            if (step.Done < next && step.Done < step.Total)
                return;
            error.WriteLine($"{step.Stage}: {step.Done}/{step.Total}");
            nextLine[step.Stage] = step.Done >= step.Total ? int.MaxValue : step.Done + step10;
        }
    }

    /// <summary><see cref="Progress{T}"/> posts to the thread pool and may report after the work ended; this reports in line.</summary>
    private sealed class InlineProgress(Action<ProgressStep> report) : IProgress<ProgressStep>
    {
        private readonly Lock gate = new();

        public void Report(ProgressStep value)
        {
            lock (gate)
                report(value);
        }
    }
}
