using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace PaperBot.Recommender.Model;

/// <summary>Reads a store's items on another thread, a bounded distance ahead of the consumer, so that reading
/// (a database decoding documents) and what is done with each item (tokenizing a paper) use a core each.</summary>
internal static class ReadAhead
{
    private const int Distance = 1024;

    public static async IAsyncEnumerable<T> Of<T>(Func<CancellationToken, IAsyncEnumerable<T>> source,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(Distance) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source(stop.Token).WithCancellation(stop.Token))
                    await channel.Writer.WriteAsync(item, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped reading, or was cancelled: it reports that itself.
            }
            finally
            {
                channel.Writer.TryComplete();
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
                yield return item;
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // Stops a reader the consumer left early, and lets go of the store before returning; a failure of the
            // store's own surfaces here, as it was thrown.
            await stop.CancelAsync();
            await reading;
        }
    }
}
