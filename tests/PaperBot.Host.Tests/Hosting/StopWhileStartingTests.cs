using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Papers;
using PaperBot.Host.Control;
using PaperBot.Host.Hosting;
using PaperBot.Host.Tests.Terminal;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Hosting;

/// <summary>Ctrl+C or SIGTERM (docker stop) while `paperbot run` is still starting, as tests/acceptance found it: the
/// host logged "Hosting failed to start" with a stack trace, the command failed, and the socket stayed behind.</summary>
public sealed class StopWhileStartingTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Database => folder.File("paperbot.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_stop_during_the_first_start_seeding_is_no_startup_failure_and_leaves_the_seeding_to_the_next_start()
    {
        using var host = TerminalHost.Build(Database, new ScriptedInput(), new StringWriter());
        var startup = host.Services.GetServices<IHostedService>().OfType<CatalogueStartup>().Single();

        await startup.StartAsync(new CancellationToken(canceled: true));

        Assert.Equal(0, await host.Services.GetRequiredService<IPaperStore>().CountAsync());
    }

    [Fact]
    public async Task A_bot_whose_start_was_cut_short_leaves_no_socket_behind()
    {
        var host = TerminalHost.Build(Database, new ScriptedInput(), new StringWriter());
        var control = host.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "ControlServer");
        await control.StartAsync(CancellationToken.None);
        var socket = ControlEndpoint.SocketFor(Database);
        Assert.True(File.Exists(socket));

        // A failed start is never stopped, only disposed.
        host.Dispose();

        Assert.False(File.Exists(socket));
    }
}
