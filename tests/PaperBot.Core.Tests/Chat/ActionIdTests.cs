using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;

namespace PaperBot.Core.Tests.Chat;

public sealed class ActionIdTests
{
    [Theory]
    [InlineData("2305.12345")]
    [InlineData("hep-th/9901001")]
    [InlineData("t-0123456789ab")]
    public void Round_trips_through_text(string paper)
    {
        var action = ActionId.Rate(new PaperId(paper), Thumb.Down);
        Assert.True(ActionId.TryParse(action.ToString(), out var read));
        Assert.Equal(action, read);
        Assert.True(action.ToString().Length <= 100, "Discord custom_id is at most 100 characters");
    }

    [Theory]
    [InlineData("pb2:rate:2305.12345:up")]
    [InlineData("pb1:rate:not-an-id:up")]
    [InlineData("pb1:rate:2305.12345")]
    [InlineData("")]
    public void Foreign_or_broken_ids_are_refused(string text) => Assert.False(ActionId.TryParse(text, out _));
}
