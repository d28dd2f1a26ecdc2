namespace PaperBot.Core.Papers;

public static class PaperStoreExtensions
{
    /// <summary>The whole catalogue in memory: one read that serves a round of digests.</summary>
    public static async Task<IReadOnlyList<Paper>> LoadAllAsync(this IPaperStore store, CancellationToken cancellationToken = default)
    {
        var all = new List<Paper>();
        await foreach (var paper in store.AllAsync(cancellationToken))
            all.Add(paper);
        return all;
    }
}
