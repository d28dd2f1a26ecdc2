using PaperBot.Core.Papers;

namespace PaperBot.Core.Digests;

/// <summary>The papers a round of digests chooses from, in catalogue order, looked up by id: the newest of the catalogue
/// (<see cref="DigestOptions.CandidatePapers"/>), read once for the whole round.</summary>
public sealed class DigestCatalogue
{
    private readonly Dictionary<PaperId, Paper> byId;

    public DigestCatalogue(IReadOnlyList<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        Papers = papers;
        byId = new Dictionary<PaperId, Paper>(papers.Count);
        foreach (var paper in papers)
            byId[paper.Id] = paper;
    }

    public IReadOnlyList<Paper> Papers { get; }

    public Paper this[PaperId id] => byId[id];

    /// <summary>The newest <paramref name="limit"/> papers of the store, by arrival, then publication; read as a stream,
    /// so that only those are ever held (the whole of arXiv with its abstracts would be gigabytes).</summary>
    public static async Task<DigestCatalogue> LoadAsync(IPaperStore store, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        // The root is the oldest paper kept; a paper older than it is passed over.
        var newest = new PriorityQueue<(Paper Paper, int Order), (Paper Paper, int Order)>(limit + 1, Comparer<(Paper Paper, int Order)>.Create(Newness));
        var order = 0;
        await foreach (var paper in store.AllAsync(cancellationToken))
        {
            var entry = (paper, order++);
            if (newest.Count < limit)
                newest.Enqueue(entry, entry);
            else
                newest.EnqueueDequeue(entry, entry);
        }
        var kept = new List<(Paper Paper, int Order)>(newest.Count);
        while (newest.TryDequeue(out var entry, out _))
            kept.Add(entry);
        kept.Sort((a, b) => a.Order.CompareTo(b.Order));
        return new DigestCatalogue(kept.ConvertAll(e => e.Paper));
    }

    /// <summary>Older first: arrival, then publication (none is oldest), then the store's order.</summary>
    private static int Newness((Paper Paper, int Order) a, (Paper Paper, int Order) b)
    {
        var byArrival = a.Paper.FirstSeen.CompareTo(b.Paper.FirstSeen);
        if (byArrival != 0)
            return byArrival;
        var byPublication = Nullable.Compare(a.Paper.Published, b.Paper.Published);
        return byPublication != 0 ? byPublication : a.Order.CompareTo(b.Order);
    }
}
