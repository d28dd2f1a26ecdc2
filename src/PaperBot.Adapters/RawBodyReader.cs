namespace PaperBot.Adapters;

/// <summary>Reads a request body as raw bytes (a signature covers them exactly), refusing bodies over a limit. For the
/// HTTP endpoints of Discord and Slack alike.</summary>
internal static class RawBodyReader
{
    /// <param name="declaredLength">The request's Content-Length, when it has one.</param>
    /// <returns>The body, or null when it is longer than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, long maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes)
        {
            return null;
        }

        // Content-Length may be absent (chunked), so the limit is also enforced while reading.
        using var buffer = new MemoryStream((int)Math.Min(declaredLength ?? 4096, maxBytes));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
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
