using PaperBot.Core.Monitoring;
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

    /// <summary>Stored papers older than those kept, read and passed over.</summary>
    private int Passed { get; init; }

    /// <summary>Once the catalogue's work is done: a store read that passed over more papers than it kept left mostly
    /// garbage (about 4 KB a paper passed over: 0.4 GB after a round at 100k papers), which is given back. Returns
    /// whether it was.</summary>
    public bool GiveBackWhatWasRead()
    {
        if (Passed < Papers.Count || Passed == 0)
            return false;
        MemoryGiveBack.Now();
        return true;
    }

    public Paper this[PaperId id] => byId[id];

    /// <summary>The newest <paramref name="limit"/> papers of the store, by arrival, then publication. The store is read
    /// as a stream keeping only each paper's id and dates, and the newest are then looked up whole: the whole of arXiv
    /// with its abstracts would be gigabytes, and papers held while newer ones pushed them out lived long enough to
    /// leave a bot 0.7 GB larger after every round at a million papers.</summary>
    public static async Task<DigestCatalogue> LoadAsync(IPaperStore store, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        // The root is the oldest paper kept; a paper older than it is passed over.
        var newest = new PriorityQueue<Arrival, Arrival>(limit + 1, Comparer<Arrival>.Create(Newness));
        var order = 0;
        await foreach (var paper in store.AllAsync(cancellationToken))
        {
            var arrival = new Arrival(paper.Id, paper.FirstSeen, paper.Published, order++);
            if (newest.Count < limit)
                newest.Enqueue(arrival, arrival);
            else
                newest.EnqueueDequeue(arrival, arrival);
        }
        var kept = new List<Arrival>(newest.Count);
        while (newest.TryDequeue(out var arrival, out _))
            kept.Add(arrival);
        kept.Sort((a, b) => a.Order.CompareTo(b.Order));
        return new DigestCatalogue(await FindAsync(store, [.. kept.Select(a => a.Id)], cancellationToken)) { Passed = order - kept.Count };
    }

    /// <summary>The papers of <paramref name="ids"/> (found by an earlier <see cref="LoadAsync"/>), in that order.</summary>
    public static async Task<DigestCatalogue> OfAsync(IPaperStore store, IReadOnlyList<PaperId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ids);
        return new DigestCatalogue(await FindAsync(store, ids, cancellationToken));
    }

    private static async Task<List<Paper>> FindAsync(IPaperStore store, IReadOnlyList<PaperId> ids, CancellationToken cancellationToken)
    {
        var found = (await store.FindManyAsync(ids, cancellationToken)).ToDictionary(p => p.Id);
        // Papers are never deleted; one gone meanwhile would simply not be offered.
        return [.. ids.Select(id => found.GetValueOrDefault(id)).OfType<Paper>()];
    }

    private readonly record struct Arrival(PaperId Id, DateTimeOffset FirstSeen, DateOnly? Published, int Order);

    /// <summary>Older first: arrival, then publication (none is oldest), then the store's order.</summary>
    private static int Newness(Arrival a, Arrival b)
    {
        var byArrival = a.FirstSeen.CompareTo(b.FirstSeen);
        if (byArrival != 0)
            return byArrival;
        var byPublication = Nullable.Compare(a.Published, b.Published);
        return byPublication != 0 ? byPublication : a.Order.CompareTo(b.Order);
    }
}
