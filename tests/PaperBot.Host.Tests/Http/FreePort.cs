using System.Net;
using System.Net.Sockets;

namespace PaperBot.Host.Tests.Http;

/// <summary>A loopback address nobody listens on, for a listener the test then starts there.</summary>
internal static class FreePort
{
    public static string LoopbackUrl()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
    }
}
