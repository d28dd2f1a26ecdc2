namespace PaperBot.Ingestion.Inputs;

/// <summary>Fetches an input over HTTP. A typed client: the resilience handler registered with it retries 429 and
/// 5xx with backoff, honouring Retry-After, and bounds the time of each attempt and of the whole request.</summary>
public sealed class HttpInputFetcher(HttpClient client)
{
    public async Task<InputContent> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var origin = url.ToString();
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return InputContent.Unreadable(origin, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return InputDecoder.Decode(origin, bytes);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Network errors, timeouts and an open circuit all mean the same to the person ingesting: not fetched.
            return InputContent.Unreadable(origin, $"could not fetch: {e.Message}");
        }
    }
}
