using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;

namespace PaperBot.Recommender.Model;

/// <summary>Reads the catalogue and every thumb from the stores into <see cref="TrainingData"/>. The thumbs are read
/// on a thread of their own while the catalogue streams in: reading the catalogue is bound by learning its vocabulary
/// on one core, so the thumbs' reading can use the other.</summary>
internal static class TrainingInput
{
    public static async Task<TrainingData> ReadAsync(IPaperStore papers, IRatingStore ratings, ContentOptions content,
        CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var thumbs = Task.Run(() => CollectAsync(ratings, stop.Token), stop.Token);
        var data = new TrainingData(content);
        try
        {
            await foreach (var paper in ReadAhead.Of(papers.AllAsync, cancellationToken))
                data.Add(paper);
        }
        catch
        {
            // The catalogue's failure is the one reported; the thumbs' reading is stopped and let go of the store first.
            await stop.CancelAsync();
            await ((Task)thumbs).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        data.Add(await thumbs);
        return data;
    }

    private static async Task<ThumbCollector> CollectAsync(IRatingStore ratings, CancellationToken cancellationToken)
    {
        var collected = new ThumbCollector();
        await foreach (var thumb in ratings.ThumbsAsync(cancellationToken))
            collected.Add(thumb);
        return collected;
    }
}
