using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace PaperBot.Host.Control;

/// <summary>Where the running bot listens for <c>paperbot</c> commands: a Unix socket beside its database
/// (<c>data/paperbot.db</c> → <c>data/paperbot.sock</c>), readable and writable by its own OS user only.</summary>
public static class ControlEndpoint
{
    // sun_path holds 108 bytes; a deeper data folder gets its socket in the temporary folder, named by the database.
    private const int MaxSocketPath = 100;

    public static string SocketFor(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        var beside = Path.ChangeExtension(full, ".sock");
        if (Encoding.UTF8.GetByteCount(beside) <= MaxSocketPath)
            return beside;
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16];
        return Path.Combine(Path.GetTempPath(), $"paperbot-{name}.sock");
    }

    /// <summary>Whether a bot runs on this database and serves commands beside it.</summary>
    public static async Task<bool> IsServedAsync(string databasePath, CancellationToken cancellationToken)
    {
        using var socket = await TryConnectAsync(SocketFor(databasePath), cancellationToken);
        return socket is not null;
    }

    /// <summary>Connects to the bot serving this database, or returns null when none is: no socket, or one left behind by
    /// a bot that died.</summary>
    public static async Task<Socket?> TryConnectAsync(string socketPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(socketPath))
            return null;
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
            return socket;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionRefused or SocketError.AddressNotAvailable or SocketError.NotSocket)
        {
            socket.Dispose();
            return null;
        }
    }
}
