using Microsoft.ML.Data;

namespace PaperBot.Recommender.Evaluation;

/// <summary>A paper as the per-person SVM baseline trains on it: TF-IDF, liked or not, and a class-balancing weight.</summary>
public sealed class SvmRow
{
    public bool Label { get; set; }

    public float Weight { get; set; }

    public VBuffer<float> Features { get; set; }
}
