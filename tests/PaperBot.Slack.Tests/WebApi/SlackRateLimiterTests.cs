using Microsoft.Extensions.Time.Testing;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Tests.WebApi;

public sealed class SlackRateLimiterTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void Chat_post_message_is_paced_to_one_per_second_per_channel_after_a_short_burst()
    {
        var limiter = new SlackRateLimiter(new SlackRateLimitOptions(), time);
        var waits = Enumerable.Range(0, 6).Select(_ => limiter.Reserve("chat.postMessage", "C1").TotalSeconds).ToList();
        Assert.Equal([0, 0, 0, 1, 2, 3], waits);

        // Another channel has its own allowance.
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("chat.postMessage", "C2"));

        // Sending at the pace it asks for never waits again.
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("chat.postMessage", "C1"));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("chat.postMessage", "C1"));
    }

    [Fact]
    public void Posts_across_channels_are_capped_per_workspace()
    {
        var limiter = new SlackRateLimiter(new SlackRateLimitOptions { PostsPerMinutePerWorkspace = 60 }, time);
        var waits = Enumerable.Range(0, 14).Select(i => limiter.Reserve("chat.postMessage", $"C{i}")).ToList();
        Assert.All(waits.Take(12), w => Assert.Equal(TimeSpan.Zero, w)); // burst: a fifth of a minute's allowance
        Assert.Equal(TimeSpan.FromSeconds(1), waits[12]);
        Assert.Equal(TimeSpan.FromSeconds(2), waits[13]);
    }

    [Theory]
    [InlineData(SlackRateTier.Tier1, 1)]
    [InlineData(SlackRateTier.Tier2, 20)]
    [InlineData(SlackRateTier.Tier3, 50)]
    [InlineData(SlackRateTier.Tier4, 100)]
    public void Each_tier_allows_its_rate_per_minute_in_the_long_run(SlackRateTier tier, int perMinute)
    {
        var options = new SlackRateLimitOptions { MethodTiers = new Dictionary<string, SlackRateTier> { ["m"] = tier } };
        var limiter = new SlackRateLimiter(options, time);
        var sent = 0;
        var end = time.GetUtcNow() + TimeSpan.FromMinutes(10);
        while (true)
        {
            var wait = limiter.Reserve("m");
            time.Advance(wait);
            if (time.GetUtcNow() >= end)
            {
                break;
            }

            sent++;
        }

        // Ten minutes at the tier rate plus the initial burst (a fifth of a minute's allowance).
        Assert.InRange(sent, 10 * perMinute, (10 * perMinute) + Math.Max(1, perMinute / 5));
    }

    [Fact]
    public void Conversations_history_is_paced_as_tier_1_by_default()
    {
        var limiter = new SlackRateLimiter(new SlackRateLimitOptions(), time);
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("conversations.history"));
        Assert.Equal(TimeSpan.FromMinutes(1), limiter.Reserve("conversations.history"));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("users.info"));
    }

    [Fact]
    public void A_429_blocks_only_its_method_until_retry_after()
    {
        var limiter = new SlackRateLimiter(new SlackRateLimitOptions(), time);
        limiter.BlockMethod("users.info", TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(30), limiter.Reserve("users.info"));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("conversations.info"));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("chat.postMessage", "C1"));
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("users.info"));
    }

    [Fact]
    public async Task Wait_async_waits_on_the_time_provider()
    {
        var limiter = new SlackRateLimiter(new SlackRateLimitOptions { Tier1PerMinute = 1, MethodTiers = new Dictionary<string, SlackRateTier> { ["t1"] = SlackRateTier.Tier1 } }, time);
        await limiter.WaitAsync("t1", null);
        var second = limiter.WaitAsync("t1", null).AsTask();
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
