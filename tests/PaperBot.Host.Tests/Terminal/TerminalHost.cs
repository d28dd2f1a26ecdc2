using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Host.Hosting;
using PaperBot.Host.Terminal;
using PaperBot.Ingestion.Feeds;
using Spectre.Console;

namespace PaperBot.Host.Tests.Terminal;

/// <summary>The bot as <c>paperbot run</c> builds it (chat, scheduler, background jobs) on a test's database, with the
/// terminal's input and output given by the test and the scheduled feeds off: tests never reach arXiv or Hugging Face.</summary>
public static class TerminalHost
{
    /// <param name="settings">Settings over every other source, e.g. <c>Http:Urls</c>.</param>
    public static IHost Build(string database, TextReader input, TextWriter output, Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        // Wide enough that no card line wraps, so tests can read titles and ids whole.
        console.Profile.Width = 250;
        return PaperBotHost.Build(new HostSettings(database, Interactive: true, settings), services =>
        {
            services.AddSingleton(new TerminalIO(input, console, Interactive: false));
            services.PostConfigure<FeedOptions>(o => (o.ArxivEnabled, o.HuggingFaceEnabled) = (false, false));
            configure?.Invoke(services);
        });
    }
}
