using Microsoft.Extensions.Hosting;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;
using Spectre.Console;

namespace PaperBot.Host.Terminal;

/// <summary>The chat platform of a machine with no Discord or Slack token: the person at the keyboard, line by line.
/// Piped input works as well as a TTY; end of input or Ctrl+C ends the chat and the host.</summary>
public sealed class TerminalChat(
    TerminalIO io,
    TerminalSession session,
    IUserStore users,
    IPaperStore papers,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await users.TouchAsync(session.User, Environment.UserName, TimeZoneInfo.Local.Id, stoppingToken);

        var count = await papers.CountAsync(stoppingToken);
        io.Write(console => console.MarkupLine($"[bold]PaperBot[/] — {count} papers. Type [bold]/papers help[/] for the commands, Ctrl+D or [bold]quit[/] to leave."));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (io.Interactive)
                    io.Write(console => console.Markup("[blue]paperbot>[/] "));
                var line = await io.ReadLineAsync(stoppingToken);
                if (line is null || line.Trim() is "quit" or "exit")
                    break;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                var reply = await session.HandleAsync(line, stoppingToken);
                io.Write(console => TerminalRenderer.Render(console, reply));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: the host is already stopping.
        }
        lifetime.StopApplication();
    }
}
