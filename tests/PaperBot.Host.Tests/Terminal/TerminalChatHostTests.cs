using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Host.Hosting;
using PaperBot.Host.Terminal;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Terminal;

/// <summary>The whole host as a newcomer meets it: a fresh database, the seed pages, the real store, index and chat.</summary>
public sealed class TerminalChatHostTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Runs <c>paperbot run</c> with the lines as its standard input; the host disposes itself at end of input.</summary>
    private async Task<string> ChatAsync(params string[] lines)
    {
        var output = new StringWriter();
        var host = TerminalHost.Build(folder.File("paperbot.db"), new StringReader(string.Join('\n', lines) + "\n"), output);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await host.RunAsync(timeout.Token);
        return output.ToString();
    }

    /// <summary>Opens the same database again, as the next command would.</summary>
    private async Task<IHost> ReopenAsync()
    {
        var host = PaperBotHost.Build(new HostSettings(folder.File("paperbot.db"), Interactive: false));
        await host.StartAsync();
        return host;
    }

    [Fact]
    public async Task A_first_start_ingests_the_seeds_answers_a_search_and_rates_a_card()
    {
        var output = await ChatAsync("/papers search spiking neural networks", "+1 1", "/papers frobnicate");
        Assert.Contains("PaperBot — 330 papers", output, StringComparison.Ordinal);
        Assert.Contains(" 1. ", output, StringComparison.Ordinal);
        Assert.Contains("spiking", output.Split("+1 N")[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("👍 noted", output, StringComparison.Ordinal);
        Assert.Contains("There is no `/papers frobnicate`", output, StringComparison.Ordinal);


        using var host = await ReopenAsync();
        var rating = Assert.Single(await host.Services.GetRequiredService<IRatingStore>().ForUserAsync(UserRef.Terminal(Environment.UserName)));
        Assert.Equal(Thumb.Up, rating.Thumb);
        Assert.Equal(RatingSources.Command, rating.Source);
    }

    [Fact]
    public async Task A_second_start_keeps_the_catalogue_and_the_thumbs()
    {
        await ChatAsync("/papers search contrastive learning", "-1 2");
        var output = await ChatAsync("undo 1");
        Assert.Contains("PaperBot — 330 papers", output, StringComparison.Ordinal);
        Assert.Contains("There are no cards to rate yet", output, StringComparison.Ordinal);

        using var host = await ReopenAsync();
        Assert.Equal(330, await host.Services.GetRequiredService<IPaperStore>().CountAsync());
        Assert.Single(await host.Services.GetRequiredService<IRatingStore>().ForUserAsync(UserRef.Terminal(Environment.UserName)));
    }

    [Fact]
    public async Task A_stop_does_not_wait_for_a_line_from_console_input()
    {
        using var input = new ConsoleLikeInput();
        var output = new SharedStringWriter();
        using var host = TerminalHost.Build(folder.File("paperbot.db"), input, output,
            settings: new Dictionary<string, string?> { ["Shutdown:Timeout"] = "00:00:02" });
        await host.StartAsync();
        await input.Reading.WaitAsync(TimeSpan.FromMinutes(1));

        await host.StopAsync();

        // Had the chat waited for the line, the host would have given up on it after its timeout, still reading.
        var chat = host.Services.GetServices<IHostedService>().OfType<TerminalChat>().Single();
        Assert.True(chat.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Contains("PaperBot — 330 papers", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Like <see cref="Console.In"/>: ReadLineAsync blocks its caller until a line comes, whatever the token.</summary>
    private sealed class ConsoleLikeInput : TextReader
    {
        private readonly object gate = new();
        private readonly TaskCompletionSource reading = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool ended;

        public Task Reading => reading.Task;

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            reading.TrySetResult();
            lock (gate)
            {
                while (!ended)
                    Monitor.Wait(gate);
            }
            return ValueTask.FromResult<string?>(null);
        }

        /// <summary>Ends the input, so that the read the chat left behind returns.</summary>
        protected override void Dispose(bool disposing)
        {
            lock (gate)
            {
                ended = true;
                Monitor.PulseAll(gate);
            }
            base.Dispose(disposing);
        }
    }
}
