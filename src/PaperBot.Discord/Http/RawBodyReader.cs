using Microsoft.AspNetCore.Http;

namespace PaperBot.Discord.Http;

/// <summary>Reads a request body as raw bytes (the signature covers them exactly), refusing bodies over a limit.</summary>
internal static class RawBodyReader
{
    /// <returns>The body, or null when it is longer than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // Content-Length may be absent (chunked), so the limit is also enforced while reading.
        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 4096, maxBytes));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
