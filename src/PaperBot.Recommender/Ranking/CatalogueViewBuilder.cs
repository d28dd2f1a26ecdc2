using System.Runtime.InteropServices;
using PaperBot.Core.Papers;
using PaperBot.Recommender.Content;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Ranking;

/// <summary>What a <see cref="CatalogueView"/> is made of, gathered a batch of papers at a time: each paper slimmed,
/// its features packed and, with a model, its factorization vector and bias, computed while its unpacked features are
/// at hand (papers newer than the model get theirs from their terms, authors and categories).</summary>
internal sealed class CatalogueViewBuilder(ContentSpace space, RecommenderModel? model, int expected)
{
    private readonly PaperSlimmer slimmer = new();

    public ContentSpace Space => space;

    public RecommenderModel? Model => model;

    public int VectorLength { get; } = model?.Weights.VectorLength ?? 0;

    public List<Paper> Papers { get; } = new(expected);

    public FeatureArena Features { get; } = new(space.TextFeatureCount, space.MetaFeatureCount, expected);

    /// <summary>Catalogue index to the model's paper index, or -1 for papers the model has not seen.</summary>
    public List<int> ModelPaper { get; } = new(expected);

    public List<float> Embeddings { get; } = new(model is null ? 0 : expected * model.Weights.VectorLength);

    public List<float> Biases { get; } = new(model is null ? 0 : expected);

    /// <param name="features">The papers' features, aligned with <paramref name="papers"/>.</param>
    public void Add(IReadOnlyList<Paper> papers, IReadOnlyList<PaperFeatures> features, CancellationToken cancellationToken)
    {
        var first = Append(papers);
        foreach (var paper in features)
            Features.Add(paper);
        Features.Pack(cancellationToken);
        Embed(first, i => features[i], cancellationToken);
    }

    /// <summary>Featurizes the papers in the model's vocabulary; those in <paramref name="trained"/> (the model's papers,
    /// packed at training, aligned with its paper index) are taken from there.</summary>
    public void Featurize(IReadOnlyList<Paper> papers, FeatureArena? trained, CancellationToken cancellationToken)
    {
        var first = Append(papers);
        var featurized = new PaperFeatures?[papers.Count];
        Parallel.For(0, papers.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (trained is null || ModelPaper[first + i] < 0)
                featurized[i] = model!.Content.Featurize(papers[i]);
        });
        for (var i = 0; i < papers.Count; i++)
        {
            if (featurized[i] is { } own)
                Features.Add(own);
            else
                Features.Adopt(trained!, ModelPaper[first + i]);
        }
        Features.Pack(cancellationToken);
        // The factorization machine reads only the terms and metadata fields.
        Embed(first, i => featurized[i] ?? new PaperFeatures(SparseVector.Empty, Features[first + i].Terms.Unpack(), Features[first + i].Meta.Unpack()),
            cancellationToken);
    }

    private int Append(IReadOnlyList<Paper> papers)
    {
        var first = Papers.Count;
        foreach (var paper in papers)
        {
            Papers.Add(slimmer.Slim(paper));
            ModelPaper.Add(model?.PaperIndex(paper.Id) ?? -1);
        }
        return first;
    }

    private void Embed(int first, Func<int, PaperFeatures> features, CancellationToken cancellationToken)
    {
        if (model is null)
            return;
        CollectionsMarshal.SetCount(Embeddings, Papers.Count * VectorLength);
        CollectionsMarshal.SetCount(Biases, Papers.Count);
        Parallel.For(0, Papers.Count - first, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var paper = first + i;
            var into = CollectionsMarshal.AsSpan(Embeddings).Slice(paper * VectorLength, VectorLength);
            CollectionsMarshal.AsSpan(Biases)[paper] = model.Weights.PaperVector(features(i), ModelPaper[paper], into);
        });
    }
}
