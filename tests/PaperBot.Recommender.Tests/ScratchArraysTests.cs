using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

/// <summary>A ranking borrows vocabulary-sized arrays of a few lengths, nested; after the first ranking on a thread none
/// should be allocated again.</summary>
public sealed class ScratchArraysTests
{
    [Fact]
    public void Nested_borrowings_of_different_lengths_get_the_same_arrays_every_time()
    {
        // An element type the recommender does not borrow, so that the stock is this test's.
        const int Words = 70_001, WordsAndMetadata = 70_051;
        var first = Round().ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.Equal(3, first.Count);
        for (var round = 0; round < 3; round++)
            Assert.All(Round(), array => Assert.Contains(array, first, ReferenceEqualityComparer.Instance));

        // As a ranking does: the words for the peers (twice, nested), then the words and metadata for the taste.
        static double[][] Round()
        {
            var outer = ScratchArrays<double>.Rent(Words);
            var inner = ScratchArrays<double>.Rent(Words);
            ScratchArrays<double>.Return(inner);
            ScratchArrays<double>.Return(outer);
            var taste = ScratchArrays<double>.Rent(WordsAndMetadata);
            Assert.True(taste.Length >= WordsAndMetadata);
            ScratchArrays<double>.Return(taste);
            return [outer, inner, taste];
        }
    }

    [Fact]
    public void A_longer_vocabulary_displaces_the_shortest_arrays_of_a_full_stock()
    {
        var old = Enumerable.Range(0, 4).Select(_ => ScratchArrays<long>.Rent(60_001)).ToList();
        old.ForEach(ScratchArrays<long>.Return);
        var longer = Enumerable.Range(0, 4).Select(_ => ScratchArrays<long>.Rent(90_001)).ToList();
        Assert.All(longer, array => Assert.DoesNotContain(array, old, ReferenceEqualityComparer.Instance));
        longer.ForEach(ScratchArrays<long>.Return);
        Assert.Contains(ScratchArrays<long>.Rent(90_001), longer, ReferenceEqualityComparer.Instance);
    }
}
