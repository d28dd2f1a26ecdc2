using Microsoft.ML.Data;

namespace PaperBot.Recommender.Model;

/// <summary>One training example of the field-aware factorization machine: a person, a paper, the paper's
/// terms and its authors and categories, each field a sparse vector. The paper's vectors are shared by all
/// its rows, so featurizing happens once per paper, not once per row.</summary>
public sealed class FactorizationRow
{
    public bool Label { get; set; }

    public VBuffer<float> User { get; set; }

    public VBuffer<float> Paper { get; set; }

    public VBuffer<float> Terms { get; set; }

    public VBuffer<float> Meta { get; set; }
}
