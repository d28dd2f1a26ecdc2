using Microsoft.Extensions.Hosting;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using Spectre.Console;

namespace PaperBot.Host.Terminal;

/// <summary>The chat platform of a machine with no Discord or Slack token: the person at the keyboard, line by line.
/// Piped input works as well as a TTY; end of input or Ctrl+C ends the chat and the host.</summary>
public sealed class TerminalChat(
    TerminalIO io,
    CommandRouter router,
    RatingService ratings,
    IUserStore users,
    IPaperStore papers,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var name = Environment.UserName;
        var timeZone = TimeZoneInfo.Local.Id;
        var user = UserRef.Terminal(name);
        await users.TouchAsync(user, name, timeZone, stoppingToken);
        // The terminal is the person's own: they manage its one "channel".
        var session = new TerminalSession(router, ratings, user, new RequesterFacts(name, CanManageChannel: true, timeZone));

        var count = await papers.CountAsync(stoppingToken);
        io.Output.MarkupLine($"[bold]PaperBot[/] — {count} papers. Type [bold]/papers help[/] for the commands, Ctrl+D or [bold]quit[/] to leave.");
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (io.Interactive)
                    io.Output.Markup("[blue]paperbot>[/] ");
                // Console input ignores cancellation tokens, so Ctrl+C must not wait on it.
                var line = await io.Input.ReadLineAsync(stoppingToken).AsTask().WaitAsync(stoppingToken);
                if (line is null || line.Trim() is "quit" or "exit")
                    break;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                TerminalRenderer.Render(io.Output, await session.HandleAsync(line, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: the host is already stopping.
        }
        lifetime.StopApplication();
    }
}
