using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using PaperBot.Ingestion.Inputs;

namespace PaperBot.Ingestion.Feeds;

/// <summary>Fetches a feed. A typed client: the standard resilience handler registered with it retries 408, 429 and 5xx
/// with backoff, honouring Retry-After, and bounds each attempt and the whole request.</summary>
public sealed class FeedHttpClient(HttpClient client)
{
    /// <summary>The response's text, or (with an empty text) why there is none, in words for people.</summary>
    public async Task<InputContent> GetAsync(Uri url, string mediaType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var origin = url.ToString();
        var attempts = new StrongBox<int>();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        request.Options.Set(AttemptCounter.Key, attempts);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return InputContent.Unreadable(origin, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd() + After(attempts.Value));
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return InputDecoder.Decode(origin, bytes);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Refused connections, timeouts and an open circuit all mean the same here: nothing was fetched.
            return InputContent.Unreadable(origin, $"could not fetch: {e.Message}" + After(attempts.Value));
        }
    }

    private static string After(int attempts) => attempts > 1 ? $" after {attempts} attempts" : "";
}
