using Microsoft.Extensions.Options;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Recommending;
using PaperBot.Recommender.Model;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender;

/// <summary>
/// PaperBot's recommender: a field-aware factorization machine trained from thumbs (ML.NET), blended with TF-IDF
/// similarity to the target's own likes and "liked by people who liked X". Works before any training (popularity,
/// recency and content), reads each target's thumbs live, and never returns a rated or excluded paper.
/// </summary>
public sealed class MlNetRecommender : IRecommender, IDisposable
{
    private readonly IPaperStore papers;
    private readonly IRatingStore ratings;
    private readonly ModelHolder holder;
    private readonly IOptions<RecommenderOptions> options;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private CachedView? cached;

    public MlNetRecommender(IPaperStore papers, IRatingStore ratings, ModelHolder holder, IOptions<RecommenderOptions> options, TimeProvider time)
    {
        this.papers = papers;
        this.ratings = ratings;
        this.holder = holder;
        this.options = options;
        this.time = time;
        holder.Swapped += DropView;
    }

    /// <summary>A view of the old model is of no more use once a new model is in service: let go at once, it is
    /// collected with the training's garbage rather than held (2.4 GB at a million papers) until the next ranking.</summary>
    private void DropView() => cached = null;

    public async Task<IReadOnlyList<Recommendation>> RankAsync(RankingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = await holder.GetAsync(cancellationToken);
        var view = await ViewAsync(model, cancellationToken);
        // With no thumbs stored at all (a new install: every digest is a cold start) one cheap question stands in
        // for reading each target's thumbs and, before a model, the whole workspace's. (Not a count: counting 1M
        // thumbs in LiteDB takes half a second, and this runs for every digest.)
        var anyThumbs = await ratings.AnyAsync(cancellationToken);
        var evidence = anyThumbs ? await EvidenceAsync(view, request.Target, cancellationToken) : NoEvidence(view, request.Target);
        var candidates = Candidates(view, request, evidence);
        var likesHere = anyThumbs || view.Model is not null
            ? await LikesHereAsync(view, request.Target, cancellationToken)
            : view.NoLikes;
        var ranked = new HybridRanker(options.Value).Rank(view, evidence, candidates, request.Top, likesHere, time.GetUtcNow());
        var recommendations = new List<Recommendation>(ranked.Count);
        foreach (var r in ranked)
            recommendations.Add(new Recommendation(view.Papers.Id(r.Index), Math.Round(r.Score, 4), r.Reason));
        return recommendations;
    }

    /// <summary>The catalogue prepared for ranking, rebuilt when the catalogue's revision or the model changes.</summary>
    private async Task<CatalogueView> ViewAsync(RecommenderModel? model, CancellationToken cancellationToken)
    {
        var revision = await papers.RevisionAsync(cancellationToken);
        var version = model?.Metadata.Version;
        // Through a method, not a pattern variable here: one that matched the stale view would live on in this async
        // method's state machine and keep that view alive through the collection below.
        if (ViewIfCurrent(revision, version) is { } hit)
            return hit;
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            if (ViewIfCurrent(revision, version) is { } again)
                return again;
            // The old view of the same model lends the new one its unchanged papers, whose packed vectors the two share
            // (a feed run then costs featurizing its new papers, not the catalogue); one of an older model is let go
            // first. Rankings already under way keep theirs; new ones wait here for the new view.
            var replacing = cached is not null;
            var previous = cached?.Version == version ? cached?.View : null;
            cached = null;
            var expected = await papers.CountAsync(cancellationToken);
            var view = await CatalogueView.CreateAsync(papers.AllAsync(cancellationToken), model, options.Value.Content, expected: expected,
                previous: previous, cancellationToken: cancellationToken);
            // A local of this method lives on in its state machine: dropped, the old view goes with the collection below.
            previous = null;
            if (model is not null && model.TrainedFeatures is null && view.AsTrainedFeatures() is { } featurized)
                await Task.Run(() => holder.KeepFeatures(model, featurized), cancellationToken);
            cached = new CachedView(revision, version, view);
            if (replacing)
            {
                // The view replaced is garbage now, and given back from a fresh work item: run where the new view's
                // build completed, the collection found that call chain still holding the old view (2.33 GB live
                // instead of 1.70 at 1M papers, and 0.6 GB kept).
                await Task.Yield();
                MemoryGiveBack.Now();
            }
            return view;
        }
        finally
        {
            refreshing.Release();
        }
    }

    private CatalogueView? ViewIfCurrent(long revision, string? version) =>
        cached is { } hit && hit.Revision == revision && hit.Version == version ? hit.View : null;

    private async Task<TargetEvidence> EvidenceAsync(CatalogueView view, RankingTarget target, CancellationToken cancellationToken)
    {
        var likes = new HashSet<int>();
        var dislikes = new HashSet<int>();
        var rated = new HashSet<PaperId>();
        foreach (var user in target.Users)
        {
            foreach (var rating in await ratings.ForUserAsync(user, cancellationToken))
            {
                rated.Add(rating.Paper);
                var index = view.IndexOf(rating.Paper);
                if (index >= 0)
                    (rating.Thumb == Thumb.Up ? likes : dislikes).Add(index);
            }
        }
        return new TargetEvidence(target.ToString(), [.. likes.Order()], [.. dislikes.Order()], rated, ModelUsers(view, target), target.IsGroup);
    }

    private static TargetEvidence NoEvidence(CatalogueView view, RankingTarget target) =>
        new(target.ToString(), [], [], new HashSet<PaperId>(), ModelUsers(view, target), target.IsGroup);

    private static List<int> ModelUsers(CatalogueView view, RankingTarget target) => view.Model is { } model
        ? target.Users.Select(model.UserIndex).Where(i => i >= 0).ToList()
        : [];

    private static List<int> Candidates(CatalogueView view, RankingRequest request, TargetEvidence evidence)
    {
        if (request.Among is not { } among)
        {
            // The whole catalogue: one flag per paper is cheaper than hashing each of them.
            var blocked = new bool[view.Count];
            foreach (var paper in Blocked(view, request, evidence))
                blocked[paper] = true;
            var all = new List<int>(view.Count);
            for (var i = 0; i < view.Count; i++)
            {
                if (!blocked[i])
                    all.Add(i);
            }
            return all;
        }
        // A short list (a digest's new papers): a set as large as the thumbs, not a flag per catalogue paper.
        // Adding each taken index to it also drops repeats, keeping the first occurrence's order.
        var taken = new HashSet<int>(evidence.Thumbs + (request.Exclude?.Count ?? 0) + among.Count);
        taken.UnionWith(Blocked(view, request, evidence));
        var candidates = new List<int>(among.Count);
        foreach (var id in among)
        {
            var index = view.IndexOf(id);
            if (index >= 0 && taken.Add(index))
                candidates.Add(index);
        }
        return candidates;
    }

    /// <summary>Catalogue indices never to recommend: the target's thumbs and the request's exclusions.</summary>
    private static IEnumerable<int> Blocked(CatalogueView view, RankingRequest request, TargetEvidence evidence)
    {
        foreach (var paper in evidence.Likes)
            yield return paper;
        foreach (var paper in evidence.Dislikes)
            yield return paper;
        foreach (var id in request.Exclude ?? Enumerable.Empty<PaperId>())
        {
            var index = view.IndexOf(id);
            if (index >= 0)
                yield return index;
        }
    }

    /// <summary>Likes per paper in the target's workspaces: from the model's thumbs once there is a model, live before.</summary>
    private async Task<int[]> LikesHereAsync(CatalogueView view, RankingTarget target, CancellationToken cancellationToken)
    {
        var workspaces = target.Users.Select(RecommenderModel.WorkspaceKey).ToHashSet(StringComparer.Ordinal);
        if (view.Model is not null)
            return view.LikesInWorkspaces(workspaces);
        var counts = new int[view.Count];
        await foreach (var rating in ratings.AllAsync(cancellationToken))
        {
            var index = view.IndexOf(rating.Paper);
            if (rating.Thumb == Thumb.Up && index >= 0 && workspaces.Contains(RecommenderModel.WorkspaceKey(rating.User)))
                counts[index]++;
        }
        return counts;
    }

    public void Dispose()
    {
        holder.Swapped -= DropView;
        refreshing.Dispose();
    }

    private sealed record CachedView(long Revision, string? Version, CatalogueView View);
}
