using System.Runtime.InteropServices;
using PaperBot.Core.Papers;
using PaperBot.Recommender.Content;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Ranking;

/// <summary>What a <see cref="CatalogueView"/> is made of, gathered a batch of papers at a time: what each paper's
/// ranking and reasons read (<see cref="ViewPapers"/>), its features packed and, with a model, its factorization
/// vector and bias, computed while its unpacked features are at hand (papers newer than the model get theirs from
/// their terms, authors and categories).</summary>
internal sealed class CatalogueViewBuilder(ContentSpace space, RecommenderModel? model, int expected)
{
    private readonly NamePool names = new();

    public ContentSpace Space => space;

    public RecommenderModel? Model => model;

    public int VectorLength { get; } = model?.Weights.VectorLength ?? 0;

    public ViewPapers Papers { get; } = new(expected);

    /// <summary>Per paper, when it came out, in days since 1970.</summary>
    public List<double> SeenDays { get; } = new(expected);

    public FeatureArena Features { get; } = new(space.TextFeatureCount, space.MetaFeatureCount, expected);

    /// <summary>Catalogue index to the model's paper index, or -1 for papers the model has not seen.</summary>
    public List<int> ModelPaper { get; } = new(expected);

    public List<float> Embeddings { get; } = new(model is null ? 0 : expected * model.Weights.VectorLength);

    public List<float> Biases { get; } = new(model is null ? 0 : expected);

    /// <summary>Per paper, the hash of what its features are made from (<see cref="ContentHash"/>); filled only by
    /// <see cref="Featurize"/>, as a view given its features cannot tell whether they are a paper's own.</summary>
    public List<ulong> ContentHashes { get; } = new(expected);

    /// <param name="features">The papers' features, aligned with <paramref name="papers"/>.</param>
    public void Add(IReadOnlyList<Paper> papers, IReadOnlyList<PaperFeatures> features, CancellationToken cancellationToken)
    {
        var first = Append(papers);
        foreach (var paper in features)
            Features.Add(paper);
        Features.Pack(cancellationToken);
        Embed(first, (i, into) => model!.Weights.PaperVector(features[i], ModelPaper[first + i], into), cancellationToken);
    }

    /// <summary>Featurizes the papers in the model's vocabulary. A paper whose text, authors, categories and listings
    /// are as in <paramref name="previous"/> (a view on the same model) is taken from there with its factorization
    /// vector, and one that is as the model was trained on from <paramref name="trained"/>: rebuilding a view after new
    /// papers arrive featurizes only those (and the papers revised since).</summary>
    public void Featurize(IReadOnlyList<Paper> papers, TrainedFeatures? trained, CatalogueView? previous, CancellationToken cancellationToken)
    {
        if (previous?.Model != model)
            previous = null;
        var first = Append(papers);
        CollectionsMarshal.SetCount(ContentHashes, Papers.Count);
        var featurized = new PaperFeatures?[papers.Count];
        var unchanged = new int[papers.Count];
        Parallel.For(0, papers.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var hash = ContentHash.Of(papers[i]);
            CollectionsMarshal.AsSpan(ContentHashes)[first + i] = hash;
            unchanged[i] = previous?.Unchanged(papers[i].Id, hash) ?? -1;
            if (unchanged[i] < 0 && trained?.Holds(ModelPaper[first + i], hash) != true)
                featurized[i] = model!.Content.Featurize(papers[i]);
        });
        for (var i = 0; i < papers.Count; i++)
        {
            if (featurized[i] is { } own)
                Features.Add(own);
            else if (unchanged[i] >= 0)
                Features.Adopt(previous!.Features, unchanged[i]);
            else
                Features.Adopt(trained!.Papers, ModelPaper[first + i]);
        }
        Features.Pack(cancellationToken);
        Embed(first, (i, into) =>
        {
            if (unchanged[i] >= 0)
            {
                previous!.Embedding(unchanged[i]).CopyTo(into);
                return previous.Bias(unchanged[i]);
            }
            // The factorization machine reads only the terms and metadata fields.
            var features = featurized[i] ?? new PaperFeatures(SparseVector.Empty, Features[first + i].Terms.Unpack(), Features[first + i].Meta.Unpack());
            return model!.Weights.PaperVector(features, ModelPaper[first + i], into);
        }, cancellationToken);
    }

    private int Append(IReadOnlyList<Paper> papers)
    {
        var first = Papers.Count;
        foreach (var paper in papers)
        {
            Papers.Add(paper, names);
            SeenDays.Add(Popularity.Days(Popularity.Seen(paper)));
            ModelPaper.Add(model?.PaperIndex(paper.Id) ?? -1);
        }
        return first;
    }

    /// <param name="embed">Writes a paper of the batch's factorization vector into the span and returns its bias.</param>
    private void Embed(int first, EmbedPaper embed, CancellationToken cancellationToken)
    {
        if (model is null)
            return;
        CollectionsMarshal.SetCount(Embeddings, Papers.Count * VectorLength);
        CollectionsMarshal.SetCount(Biases, Papers.Count);
        Parallel.For(0, Papers.Count - first, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var paper = first + i;
            CollectionsMarshal.AsSpan(Biases)[paper] = embed(i, CollectionsMarshal.AsSpan(Embeddings).Slice(paper * VectorLength, VectorLength));
        });
    }

    private delegate float EmbedPaper(int paper, Span<float> into);
}
