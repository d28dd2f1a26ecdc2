using PaperBot.Core.Digests;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

/// <summary>Subscriptions and outbox items are records whose lists compare by reference; a store hands back new lists.</summary>
public static class DigestAssert
{
    private static readonly IReadOnlyList<string> NoWords = [];
    private static readonly IReadOnlyList<DigestPart> NoParts = [];
    private static readonly IReadOnlyDictionary<int, string> NoneDelivered = new Dictionary<int, string>();

    public static void Same(Subscription expected, Subscription? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(WithoutLists(expected), WithoutLists(actual));
        Assert.Equal(expected.Topics, actual.Topics);
        Assert.Equal(expected.Exclude, actual.Exclude);
        Assert.Equal(expected.Categories, actual.Categories);
        Assert.Equal(expected.NextDue.Offset, actual.NextDue.Offset);
        Assert.Equal(expected.CreatedAt.Offset, actual.CreatedAt.Offset);
        Assert.Equal(expected.LastDigestAt?.Offset, actual.LastDigestAt?.Offset);
    }

    public static void Same(OutboxItem expected, OutboxItem? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Parts = NoParts, Delivered = NoneDelivered }, actual with { Parts = NoParts, Delivered = NoneDelivered });
        Assert.Equal(expected.Delivered.OrderBy(p => p.Key), actual.Delivered.OrderBy(p => p.Key));
        Assert.Equal(expected.Parts.Count, actual.Parts.Count);
        foreach (var (want, got) in expected.Parts.Zip(actual.Parts))
        {
            Assert.Equal(want.Text, got.Text);
            Assert.Equal(want.Card is null, got.Card is null);
            if (want.Card is { } card && got.Card is { } other)
            {
                Assert.Equal(card, other with { Actions = card.Actions });
                Assert.Equal(card.Actions, other.Actions);
            }
        }
        Assert.Equal(expected.Occurrence.Offset, actual.Occurrence.Offset);
        Assert.Equal(expected.NextAttemptAt.Offset, actual.NextAttemptAt.Offset);
    }

    private static Subscription WithoutLists(Subscription subscription) =>
        subscription with { Topics = NoWords, Exclude = NoWords, Categories = NoWords };
}
