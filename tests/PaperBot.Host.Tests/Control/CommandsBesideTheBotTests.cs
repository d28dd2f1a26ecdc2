using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Host.Control;
using PaperBot.Host.Tests.Terminal;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Control;

/// <summary>The CLI beside a running bot: commands go through the bot's socket, to the bot's own services, and give the
/// same output and exit codes as when the CLI opens the database itself.</summary>
public sealed class CommandsBesideTheBotTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private readonly ScriptedInput chat = new();
    private IHost? bot;

    private string Database => folder.File("paperbot.db");

    public async Task InitializeAsync()
    {
        bot = TerminalHost.Build(Database, chat, new StringWriter());
        await bot.StartAsync();
    }

    public async Task DisposeAsync()
    {
        chat.End();
        if (bot is not null)
        {
            await bot.StopAsync();
            bot.Dispose();
        }
        folder.Dispose();
    }

    private async Task StopBotAsync()
    {
        await bot!.StopAsync();
        bot.Dispose();
        bot = null;
    }

    [Fact]
    public async Task Commands_beside_the_bot_change_its_own_data_and_print_what_they_print_without_it()
    {
        var paper = (await bot!.Services.GetRequiredService<IPaperStore>().AllAsync().ToListAsync())[0];

        var rated = await Paperbot.RunAsync("--db", Database, "rate", "--user", "dana", "--paper", paper.Id.Value, "--thumb", "up");
        var missing = await Paperbot.RunAsync("--db", Database, "rate", "--user", "dana", "--paper", "2401.99999", "--thumb", "up");
        var served = await Paperbot.RunAsync("--db", Database, "ratings", "list", "--format", "json");
        var search = await Paperbot.RunAsync("--db", Database, "search", "spiking", "neural", "networks", "--top", "3");

        Assert.Equal(0, rated.Exit);
        Assert.Contains(paper.Title, rated.Out, StringComparison.Ordinal);
        Assert.Equal((1, $"error: no paper 2401.99999 in the catalogue{Environment.NewLine}", ""), (missing.Exit, missing.Error, missing.Out));
        var rating = Assert.Single(await bot.Services.GetRequiredService<IRatingStore>().AllAsync().ToListAsync());
        Assert.Equal(("dana", paper.Id, RatingSources.Command), (rating.User.Id, rating.Paper, rating.Source));
        Assert.Equal("dana", JsonDocument.Parse(served.Out).RootElement[0].GetProperty("user").GetString());
        Assert.Contains("3 results", search.Out, StringComparison.Ordinal);

        await StopBotAsync();
        Assert.False(File.Exists(ControlEndpoint.SocketFor(Database)));
        Assert.Equal(served, await Paperbot.RunAsync("--db", Database, "ratings", "list", "--format", "json"));
        Assert.Equal(missing, await Paperbot.RunAsync("--db", Database, "rate", "--user", "dana", "--paper", "2401.99999", "--thumb", "up"));
    }

    [Fact]
    public async Task The_catalogue_as_json_beside_the_bot_is_the_same_text_as_without_it()
    {
        var served = await Paperbot.RunAsync("--db", Database, "papers", "--format", "json");
        await StopBotAsync();
        var local = await Paperbot.RunAsync("--db", Database, "papers", "--format", "json");

        Assert.Equal(0, served.Exit);
        // Hundreds of KB: many frames of the socket's answer.
        Assert.Equal(330, JsonDocument.Parse(served.Out).RootElement.GetArrayLength());
        Assert.Equal(local, served);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Only_this_os_user_can_open_the_socket()
    {
        var mode = File.GetUnixFileMode(ControlEndpoint.SocketFor(Database));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.Empty(Directory.GetFiles(folder.Path, ".paperbot.sock.*"));
    }

    [Fact]
    public async Task A_second_bot_on_the_same_data_is_refused_and_the_first_goes_on()
    {
        var second = await Paperbot.RunAsync("--db", Database, "run");

        Assert.Equal(1, second.Exit);
        Assert.Contains("a PaperBot already runs on", second.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await Paperbot.RunAsync("--db", Database, "papers", "--format", "json")).Exit);
    }

    [Fact]
    public async Task A_socket_left_behind_by_a_bot_that_died_is_ignored()
    {
        await StopBotAsync();
        var socketPath = ControlEndpoint.SocketFor(Database);
        using (var dead = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            // As a bot killed with -9 leaves it: .NET unlinks a socket's file on dispose, but not under a new name.
            dead.Bind(new UnixDomainSocketEndPoint(socketPath + ".bound"));
            File.Move(socketPath + ".bound", socketPath);
        }
        Assert.True(File.Exists(socketPath));

        var papers = await Paperbot.RunAsync("--db", Database, "papers", "--format", "json");

        Assert.Equal(0, papers.Exit);
        Assert.Equal(330, JsonDocument.Parse(papers.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_connection_that_sends_no_command_gets_an_error_and_the_bot_goes_on()
    {
        using (var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(ControlEndpoint.SocketFor(Database)));
            await socket.SendAsync("{not json\n"u8.ToArray());
            var answer = new byte[4096];
            var read = await socket.ReceiveAsync(answer);
            Assert.Contains("\"exit\":2", System.Text.Encoding.UTF8.GetString(answer, 0, read), StringComparison.Ordinal);
        }

        Assert.Equal(0, (await Paperbot.RunAsync("--db", Database, "papers", "--format", "json")).Exit);
    }
}
