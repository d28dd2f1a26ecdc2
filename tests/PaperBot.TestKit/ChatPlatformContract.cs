using Xunit;
using PaperBot.Core.Chat;
using PaperBot.Core.Digests;

namespace PaperBot.TestKit;

/// <summary>The exactly-once contract every platform adapter keeps, run against its fake: the same digest part sent
/// twice appears once, and so does a part sent again after a crash that lost the first answer, once the platform's own
/// dedupe window has passed (Discord forgets a nonce within minutes; Slack has none).</summary>
public abstract class ChatPlatformContract
{
    /// <summary>A new adapter instance, as a restarted process has: nothing remembered in memory.</summary>
    protected abstract Task<IChatPlatform> StartPlatformAsync();

    /// <summary>A target on the fake platform, fresh for each test.</summary>
    protected abstract Task<DigestTarget> NewTargetAsync();

    /// <summary>How many messages the fake platform shows in the target's conversation.</summary>
    protected abstract Task<int> MessagesInAsync(DigestTarget target);

    /// <summary>The next post reaches the platform, but its answer never comes back.</summary>
    protected abstract void LoseNextAnswer();

    private static DigestPart Card(string title) => new(title, PaperCard.For(PaperBuilder.Paper(title)));

    [Fact]
    public async Task The_same_card_sent_twice_appears_once()
    {
        var platform = await StartPlatformAsync();
        var target = await NewTargetAsync();
        var part = Card("Attention is all you need");
        var first = await platform.SendAsync(target, part, new DeliveryKey("digest-1#1"));
        var again = await platform.SendAsync(target, part, new DeliveryKey("digest-1#1", TimeProvider.System.GetUtcNow().AddSeconds(-5)));

        Assert.Equal(DeliveryStatus.Sent, first.Status);
        Assert.Equal(DeliveryStatus.Sent, again.Status);
        Assert.Equal(first.Message, again.Message);
        Assert.Equal(1, await MessagesInAsync(target));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_part_sent_again_after_a_crash_that_lost_its_answer_appears_once(bool card)
    {
        var target = await NewTargetAsync();
        var part = card ? Card("Deep residual learning") : new DigestPart("📚 PaperBot digest for Tue 24 Nov: 3 papers.");
        var attempt = TimeProvider.System.GetUtcNow();
        LoseNextAnswer();
        var lost = await (await StartPlatformAsync()).SendAsync(target, part, new DeliveryKey("digest-2#0"));
        Assert.NotEqual(DeliveryStatus.Sent, lost.Status);

        var restarted = await StartPlatformAsync();
        var resent = await restarted.SendAsync(target, part, new DeliveryKey("digest-2#0", attempt));

        Assert.Equal(DeliveryStatus.Sent, resent.Status);
        Assert.Equal(1, await MessagesInAsync(target));
    }

    [Fact]
    public async Task Different_parts_to_one_target_all_appear()
    {
        var platform = await StartPlatformAsync();
        var target = await NewTargetAsync();
        await platform.SendAsync(target, new DigestPart("📚 header"), new DeliveryKey("digest-3#0"));
        await platform.SendAsync(target, Card("Paper one"), new DeliveryKey("digest-3#1"));
        await platform.SendAsync(target, Card("Paper two"), new DeliveryKey("digest-3#2", TimeProvider.System.GetUtcNow()));
        Assert.Equal(3, await MessagesInAsync(target));
    }
}
