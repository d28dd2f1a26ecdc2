using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>The taste's layout: weights over the TF-IDF text, then over the metadata (authors, categories, listings),
/// which carries interests the words do not: a research group, a listing.</summary>
internal static class TasteFeatures
{
    public static int Dimensions(ContentSpace space) => space.TextFeatureCount + space.MetaFeatureCount;

    /// <summary>The metadata's part of a taste's score (the caller scores the text's part); the taste's metadata weights
    /// already carry the weight.</summary>
    public static float MetaScore(PackedFeatures features, ContentSpace space, ReadOnlySpan<float> taste) =>
        features.Meta.Dot(taste[space.TextFeatureCount..]);
}
