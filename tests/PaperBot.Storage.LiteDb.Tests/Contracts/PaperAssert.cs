using PaperBot.Core.Papers;

namespace PaperBot.Storage.LiteDb.Tests.Contracts;

/// <summary>Paper is a record, but its lists compare by reference; a store hands back new lists.</summary>
public static class PaperAssert
{
    public static void Same(Paper expected, Paper? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Abstract, actual.Abstract);
        Assert.Equal(expected.Authors, actual.Authors);
        Assert.Equal(expected.Categories, actual.Categories);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Links, actual.Links);
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.FirstSeen, actual.FirstSeen);
        Assert.Equal(expected.FirstSeen.Offset, actual.FirstSeen.Offset);
        Assert.Equal(expected.Upvotes, actual.Upvotes);
    }
}
