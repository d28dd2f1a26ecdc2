using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>What the taste model sees of a paper: its TF-IDF text, and after it its metadata (authors, categories,
/// listings) scaled by a weight. The metadata carries interests the words do not: a research group, a listing.</summary>
internal static class TasteFeatures
{
    public static int Dimensions(ContentSpace space) => space.TextFeatureCount + space.MetaFeatureCount;

    public static SparseVector Of(PaperFeatures features, ContentSpace space, float metaWeight)
    {
        var text = features.Text;
        var meta = features.Meta;
        if (metaWeight <= 0 || meta.Count == 0)
            return text;
        var indices = new int[text.Count + meta.Count];
        var values = new float[indices.Length];
        text.Indices.CopyTo(indices, 0);
        text.Values.AsSpan(0, text.Count).CopyTo(values);
        for (var i = 0; i < meta.Count; i++)
        {
            indices[text.Count + i] = space.TextFeatureCount + meta.Indices[i];
            values[text.Count + i] = metaWeight * meta.Values[i];
        }
        return new SparseVector(indices, values);
    }

    /// <summary>The metadata's part of a taste's score (the text's part is scored by the caller, paper by paper or by
    /// term); the taste's metadata weights already carry the weight.</summary>
    public static float MetaScore(PaperFeatures features, ContentSpace space, ReadOnlySpan<float> taste) =>
        features.Meta.Dot(taste[space.TextFeatureCount..]);
}
