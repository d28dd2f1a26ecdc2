using System.Numerics.Tensors;

namespace PaperBot.Recommender.Content;

internal static class UnitLength
{
    /// <summary>Scales the values to unit (Euclidean) length in place; all zeros stay zeros.</summary>
    public static void Scale(Span<float> values)
    {
        var norm = TensorPrimitives.Norm(values);
        if (norm > 0)
            TensorPrimitives.Divide(values, norm, values);
    }
}
