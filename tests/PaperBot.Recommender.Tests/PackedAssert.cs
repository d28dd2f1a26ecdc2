using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Tests;

internal static class PackedAssert
{
    /// <summary>The same indices, and each value within one step of the packing.</summary>
    public static void Close(SparseVector expected, PackedVector actual)
    {
        Assert.Equal(expected.Indices, Enumerable.Range(0, actual.Count).Select(actual.IndexAt));
        for (var k = 0; k < expected.Count; k++)
            Assert.InRange(actual.ValueAt(k) - expected.Values[k], -actual.Layout.Step, actual.Layout.Step);
    }

    public static void Close(PaperFeatures expected, PackedFeatures actual)
    {
        Close(expected.Text, actual.Text);
        Close(expected.Terms, actual.Terms);
        Close(expected.Meta, actual.Meta);
    }

    public static List<(int Index, float Value)> Entries(PackedVector vector) =>
        [.. Enumerable.Range(0, vector.Count).Select(k => (vector.IndexAt(k), vector.ValueAt(k)))];
}
