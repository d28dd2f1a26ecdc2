using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>A model's papers as featurized when it was trained, aligned with <see cref="RecommenderModel.PaperIds"/>:
/// packed, with the hash of what each paper's features were made from (<see cref="ContentHash"/>), so that a view
/// takes a paper's features from here only while the paper is as it was then.</summary>
internal sealed record TrainedFeatures(FeatureArena Papers, ulong[] ContentHashes)
{
    /// <summary>Whether the model's paper (-1: one it does not know) still has the features it was trained with.</summary>
    public bool Holds(int modelPaper, ulong contentHash) => modelPaper >= 0 && ContentHashes[modelPaper] == contentHash;
}
