using System.Net;
using System.Net.Sockets;

namespace PaperBot.Host.Tests;

/// <summary>Addresses for the host's own listener (<c>Http:Urls</c>) in tests.</summary>
internal static class LocalUrls
{
    /// <summary><c>http://127.0.0.1:port</c> on a port free just now.</summary>
    public static string Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
    }
}
