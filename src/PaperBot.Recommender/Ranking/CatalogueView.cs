using System.Runtime.InteropServices;
using PaperBot.Core.Papers;
using PaperBot.Recommender.Content;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Ranking;

/// <summary>The catalogue prepared for ranking (<see cref="CatalogueViewBuilder"/>): each paper's features, computed
/// once and packed, and, when a model is in service, each paper's factorization vector and bias. Rebuilt only when the
/// catalogue or the model changes.</summary>
internal sealed class CatalogueView
{
    private readonly Dictionary<PaperId, int> index;
    private readonly List<float> embeddings;
    private readonly List<float> biases;
    private readonly ulong[]? contentHashes;
    private readonly Lazy<float[]> mean;
    private readonly Lazy<AuthorIndex> authors;
    private int[]? noLikes;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> likesByWorkspaces = new(StringComparer.Ordinal);

    /// <summary>Papers read from the store and featurized at a time when the view is built from a stream.</summary>
    public const int StreamBatch = 4096;

    private CatalogueView(CatalogueViewBuilder built)
    {
        Papers = built.Papers;
        Papers.Trim();
        Space = built.Space;
        Features = built.Features;
        Features.Trim();
        Model = built.Model;
        ModelPaper = [.. built.ModelPaper];
        contentHashes = built.ContentHashes.Count == Papers.Count ? [.. built.ContentHashes] : null;
        embeddings = built.Embeddings;
        biases = built.Biases;
        VectorLength = built.VectorLength;
        mean = new(() => MeanOf(Features, Space));
        authors = new(() => new AuthorIndex(Papers.AuthorLists));
        index = new Dictionary<PaperId, int>(Papers.Count);
        for (var i = 0; i < Papers.Count; i++)
            index.TryAdd(Papers.Id(i), i);
        CatalogueOfModelPaper = new int[Model?.PaperIds.Length ?? 0];
        Array.Fill(CatalogueOfModelPaper, -1);
        for (var i = 0; i < ModelPaper.Length; i++)
        {
            if (ModelPaper[i] >= 0)
                CatalogueOfModelPaper[ModelPaper[i]] = i;
        }
        UpvoteTerms = new double[Count];
        for (var i = 0; i < Count; i++)
            UpvoteTerms[i] = 0.5 * Math.Log(1 + Papers.Upvotes(i));
        SeenDays = [.. built.SeenDays];
        if (Model is not null)
            Peers = new PeerProfiles(Model.Ratings.LikesOf.Select(likes => likes.Select(p => CatalogueOfModelPaper[p]).ToList()).ToList(), Features);
    }

    public ViewPapers Papers { get; }

    public ContentSpace Space { get; }

    /// <summary>Each paper's features, packed.</summary>
    public FeatureArena Features { get; }

    public RecommenderModel? Model { get; }

    /// <summary>Catalogue index to the model's paper index, or -1 for papers the model has not seen.</summary>
    public int[] ModelPaper { get; }

    public int[] CatalogueOfModelPaper { get; }

    public int VectorLength { get; }

    /// <summary>Per paper, the upvotes' part of its popularity.</summary>
    public double[] UpvoteTerms { get; }

    /// <summary>Per paper, when it came out, in days since 1970.</summary>
    public double[] SeenDays { get; }

    /// <summary>No likes for any paper (nobody has rated yet); shared, so never to be written.</summary>
    public int[] NoLikes => noLikes ??= new int[Count];

    /// <summary>Likes per paper in a set of workspaces, computed once per view.</summary>
    public int[] LikesInWorkspaces(IReadOnlySet<string> workspaces) =>
        likesByWorkspaces.GetOrAdd(string.Join("\n", workspaces.Order(StringComparer.Ordinal)), _ => Popularity.LikesInWorkspaces(this, workspaces));

    /// <summary>Who wrote what, built on first use.</summary>
    public AuthorIndex Authors => authors.Value;

    /// <summary>Everyone's taste in the model's thumbs; null without a model.</summary>
    public PeerProfiles? Peers { get; }

    public int Count => Papers.Count;

    /// <param name="features">Features already computed with the model's (or the catalogue's) vocabulary, aligned with <paramref name="papers"/>.</param>
    public static CatalogueView Create(IReadOnlyList<Paper> papers, RecommenderModel? model, ContentOptions options,
        PaperFeatures[]? features = null, CancellationToken cancellationToken = default)
    {
        CatalogueViewBuilder builder;
        if (model is null)
        {
            var (space, built) = ContentSpaceBuilder.BuildAndFeaturize(papers, options, cancellationToken);
            builder = new CatalogueViewBuilder(space, null, papers.Count);
            builder.Add(papers, features ?? built, cancellationToken);
        }
        else
        {
            builder = new CatalogueViewBuilder(model.Content, model, papers.Count);
            if (features is null)
                builder.Featurize(papers, model.TrainedFeatures, null, cancellationToken);
            else
                builder.Add(papers, features, cancellationToken);
        }
        return new CatalogueView(builder);
    }

    /// <summary>The view of a catalogue read from the store. With a model, papers are featurized a batch at a time as
    /// they stream in and packed at once, so neither the whole catalogue's text nor its unpacked vectors are ever in
    /// memory; without one the vocabulary is learned from all of it first.</summary>
    /// <param name="expected">About how many papers will come (what the arrays are first sized for).</param>
    /// <param name="previous">The view this one replaces: with the same model, its unchanged papers are taken from it.</param>
    public static async Task<CatalogueView> CreateAsync(IAsyncEnumerable<Paper> papers, RecommenderModel? model, ContentOptions options,
        int batchSize = StreamBatch, int expected = 0, CatalogueView? previous = null, CancellationToken cancellationToken = default)
    {
        if (model is null)
        {
            var catalogue = new List<Paper>(expected);
            await foreach (var paper in papers.WithCancellation(cancellationToken))
                catalogue.Add(paper);
            return await Task.Run(() => Create(catalogue, null, options, cancellationToken: cancellationToken), cancellationToken);
        }
        var trained = await Task.Run(() => model.TrainedFeatures, cancellationToken);
        var builder = new CatalogueViewBuilder(model.Content, model, expected);
        var batch = new List<Paper>(batchSize);
        // Each batch is featurized while the next is read: reading the store is one thread's work (about 20 s at a
        // million papers), and a view whose features are mostly saved or shared spends a fifth of that on its batches.
        var featurizing = Task.CompletedTask;
        Task Featurize(List<Paper> full) => Task.Run(() => builder.Featurize(full, trained, previous, cancellationToken), cancellationToken);
        try
        {
            await foreach (var paper in papers.WithCancellation(cancellationToken))
            {
                batch.Add(paper);
                if (batch.Count < batchSize)
                    continue;
                await featurizing;
                featurizing = Featurize(batch);
                batch = new List<Paper>(batchSize);
            }
            await featurizing;
            featurizing = Featurize(batch);
            await featurizing;
        }
        catch
        {
            // Reading failed: the batch under way is let finish (its failure, if any, is this one's consequence).
            await featurizing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        return await Task.Run(() => new CatalogueView(builder), cancellationToken);
    }

    /// <summary>The mean paper: text, then metadata, as the taste lays them out; what a random paper looks like (built on first use).</summary>
    public ReadOnlySpan<float> Mean => mean.Value;

    private static float[] MeanOf(FeatureArena features, ContentSpace space)
    {
        var sum = new float[space.TextFeatureCount + space.MetaFeatureCount];
        var meta = sum.AsSpan(space.TextFeatureCount);
        for (var i = 0; i < features.Count; i++)
        {
            var paper = features[i];
            paper.Text.AddTo(sum, 1f / features.Count);
            paper.Meta.AddTo(meta, 1f / features.Count);
        }
        return sum;
    }

    public int IndexOf(PaperId id) => index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The paper's index here if it is here with the same content (<paramref name="contentHash"/>), else -1.</summary>
    public int Unchanged(PaperId id, ulong contentHash) => contentHashes is not null && IndexOf(id) is var i and >= 0 && contentHashes[i] == contentHash ? i : -1;

    /// <summary>This view's features laid out as its model's papers (<see cref="TrainedFeatures"/>), to be saved for a
    /// model that had none; a paper of the model gone from the catalogue has no entries and the hash 0. Null without a
    /// model, or for a view given its features.</summary>
    public TrainedFeatures? AsTrainedFeatures()
    {
        if (Model is null || contentHashes is null)
            return null;
        var arena = new FeatureArena(Space.TextFeatureCount, Space.MetaFeatureCount, CatalogueOfModelPaper.Length);
        var hashes = new ulong[CatalogueOfModelPaper.Length];
        for (var paper = 0; paper < hashes.Length; paper++)
        {
            if (CatalogueOfModelPaper[paper] is var here and >= 0)
            {
                arena.Adopt(Features, here);
                hashes[paper] = contentHashes[here];
            }
            else
            {
                arena.AddPacked(0, 0, 0);
            }
        }
        arena.Trim();
        return new TrainedFeatures(arena, hashes);
    }

    public ReadOnlySpan<float> Embedding(int paper) => CollectionsMarshal.AsSpan(embeddings).Slice(paper * VectorLength, VectorLength);

    public float Bias(int paper) => biases[paper];
}
