using PaperBot.Core.Papers;
using PaperBot.Recommender.Content;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Ranking;

/// <summary>The catalogue prepared for ranking: each paper's features, computed once, and, when a model is in
/// service, each paper's factorization vector and bias (papers newer than the model get theirs from their terms,
/// authors and categories). Rebuilt only when the catalogue or the model changes.</summary>
internal sealed class CatalogueView
{
    private readonly Dictionary<PaperId, int> index;
    private readonly float[] embeddings;
    private readonly float[] biases;
    private readonly Lazy<float[]> mean;
    private readonly Lazy<AuthorIndex> authors;
    private int[]? noLikes;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> likesByWorkspaces = new(StringComparer.Ordinal);

    /// <summary>Papers read from the store and featurized at a time when the view is built from a stream.</summary>
    public const int StreamBatch = 4096;

    /// <param name="papers">Slimmed (<see cref="PaperSlimmer"/>).</param>
    private CatalogueView(Paper[] papers, ContentSpace space, PaperFeatures[] features, RecommenderModel? model, CancellationToken cancellationToken)
    {
        Papers = papers;
        Space = space;
        Features = features;
        Model = model;
        mean = new(() => MeanOf(features, space));
        authors = new(() => new AuthorIndex(Papers));
        index = new Dictionary<PaperId, int>(papers.Length);
        for (var i = 0; i < papers.Length; i++)
            index.TryAdd(papers[i].Id, i);
        ModelPaper = papers.Select(p => model?.PaperIndex(p.Id) ?? -1).ToArray();
        CatalogueOfModelPaper = new int[model?.PaperIds.Length ?? 0];
        Array.Fill(CatalogueOfModelPaper, -1);
        for (var i = 0; i < ModelPaper.Length; i++)
        {
            if (ModelPaper[i] >= 0)
                CatalogueOfModelPaper[ModelPaper[i]] = i;
        }
        UpvoteTerms = papers.Select(p => 0.5 * Math.Log(1 + (p.Upvotes ?? 0))).ToArray();
        SeenDays = papers.Select(p => Popularity.Days(Popularity.Seen(p))).ToArray();
        VectorLength = model?.Weights.VectorLength ?? 0;
        embeddings = new float[papers.Length * VectorLength];
        biases = new float[model is null ? 0 : papers.Length];
        if (model is not null)
        {
            Parallel.For(0, papers.Length, new ParallelOptions { CancellationToken = cancellationToken },
                i => biases[i] = model.Weights.PaperVector(features[i], ModelPaper[i], embeddings.AsSpan(i * VectorLength, VectorLength)));
            Peers = new PeerProfiles(model.Ratings.LikesOf.Select(likes => likes.Select(p => CatalogueOfModelPaper[p]).ToList()).ToList(), features, space.TextFeatureCount);
        }
    }

    public IReadOnlyList<Paper> Papers { get; }

    public ContentSpace Space { get; }

    public PaperFeatures[] Features { get; }

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
        Paper[] slimmed = [.. papers.Select(new PaperSlimmer().Slim)];
        if (model is null)
        {
            var (space, built) = ContentSpaceBuilder.BuildAndFeaturize(papers, options, cancellationToken);
            return new CatalogueView(slimmed, space, features ?? built, null, cancellationToken);
        }
        if (features is null)
        {
            features = new PaperFeatures[papers.Count];
            Featurize(papers, model, features, cancellationToken);
        }
        return new CatalogueView(slimmed, model.Content, features, model, cancellationToken);
    }

    /// <summary>The view of a catalogue read from the store. With a model, papers are featurized a batch at a time as
    /// they stream in, so the whole catalogue's text is never in memory at once; without one the vocabulary is learned
    /// from all of it first.</summary>
    public static async Task<CatalogueView> CreateAsync(IAsyncEnumerable<Paper> papers, RecommenderModel? model, ContentOptions options,
        int batchSize = StreamBatch, CancellationToken cancellationToken = default)
    {
        var catalogue = new List<Paper>();
        if (model is null)
        {
            await foreach (var paper in papers.WithCancellation(cancellationToken))
                catalogue.Add(paper);
            return await Task.Run(() => Create(catalogue, null, options, cancellationToken: cancellationToken), cancellationToken);
        }
        var features = new List<PaperFeatures>();
        var slimmer = new PaperSlimmer();
        var batch = new List<Paper>(batchSize);
        var featurized = new PaperFeatures[batchSize];
        async Task FlushAsync()
        {
            await Task.Run(() => Featurize(batch, model, featurized, cancellationToken), cancellationToken);
            features.AddRange(featurized.AsSpan(0, batch.Count));
            catalogue.AddRange(batch.Select(slimmer.Slim));
            batch.Clear();
        }
        await foreach (var paper in papers.WithCancellation(cancellationToken))
        {
            batch.Add(paper);
            if (batch.Count == batchSize)
                await FlushAsync();
        }
        await FlushAsync();
        return await Task.Run(() => new CatalogueView([.. catalogue], model.Content, [.. features], model, cancellationToken), cancellationToken);
    }

    /// <summary>Each paper's features in the model's vocabulary: those it was trained with, when the model was trained in
    /// this process, else computed now.</summary>
    private static void Featurize(IReadOnlyList<Paper> papers, RecommenderModel model, PaperFeatures[] into, CancellationToken cancellationToken)
    {
        var known = model.TrainingFeatures;
        Parallel.For(0, papers.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var index = known is null ? -1 : model.PaperIndex(papers[i].Id);
            into[i] = index >= 0 ? known![index] : model.Content.Featurize(papers[i]);
        });
    }

    /// <summary>The mean paper: text, then metadata, as the taste lays them out; what a random paper looks like (built on first use).</summary>
    public ReadOnlySpan<float> Mean => mean.Value;

    private static float[] MeanOf(PaperFeatures[] features, ContentSpace space)
    {
        var sum = new float[space.TextFeatureCount + space.MetaFeatureCount];
        var meta = sum.AsSpan(space.TextFeatureCount);
        foreach (var paper in features)
        {
            paper.Text.AddTo(sum, 1f / features.Length);
            paper.Meta.AddTo(meta, 1f / features.Length);
        }
        return sum;
    }

    public int IndexOf(PaperId id) => index.TryGetValue(id, out var i) ? i : -1;

    public ReadOnlySpan<float> Embedding(int paper) => embeddings.AsSpan(paper * VectorLength, VectorLength);

    public float Bias(int paper) => biases[paper];
}
