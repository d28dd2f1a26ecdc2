using System.Runtime.CompilerServices;

namespace PaperBot.Ingestion.Feeds;

/// <summary>Sits inside the resilience handler, so it sees every attempt, and counts them on the request, so a failure
/// can say how hard it was tried ("after 4 attempts").</summary>
internal sealed class AttemptCounter : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<StrongBox<int>> Key = new("PaperBot.Feeds.Attempts");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Key, out var attempts))
            Interlocked.Increment(ref attempts.Value);
        return base.SendAsync(request, cancellationToken);
    }
}
