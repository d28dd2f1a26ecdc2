using System.CommandLine;
using System.Net.Sockets;
using System.Text;
using PaperBot.Host.Cli;

namespace PaperBot.Host.Control;

/// <summary>Hands a command to the bot running on its database and relays the answer: standard output and error as they
/// come, then the exit code.</summary>
internal static class ControlClient
{
    /// <returns>The command's exit code, or null when no bot runs on <paramref name="databasePath"/>.</returns>
    public static async Task<int?> TryRunAsync(string databasePath, ParseResult parse, CliSession session, CancellationToken cancellationToken)
    {
        using var socket = await ControlEndpoint.TryConnectAsync(ControlEndpoint.SocketFor(databasePath), cancellationToken);
        if (socket is null)
            return null;
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var request = new ControlRequest([.. parse.Tokens.Select(t => t.Value)], session.WorkingDirectory, session.Console.Terminal);
        await writer.WriteLineAsync(ControlWire.Encode(request).AsMemory(), cancellationToken);
        await writer.FlushAsync(cancellationToken);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var frame = ControlWire.Decode<ControlFrame>(line);
            if (frame?.Out is { } output)
                await session.Console.Out.WriteAsync(output.AsMemory(), cancellationToken);
            if (frame?.Error is { } error)
                await session.Console.Error.WriteAsync(error.AsMemory(), cancellationToken);
            if (frame?.Exit is { } exit)
                return exit;
        }
        await session.Console.Error.WriteLineAsync($"error: the PaperBot running on {databasePath} ended the connection before the command finished; its log says why.");
        return 1;
    }
}
