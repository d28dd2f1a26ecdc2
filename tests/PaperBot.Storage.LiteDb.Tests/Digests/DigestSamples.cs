using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;
using static PaperBot.TestKit.PaperBuilder;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

/// <summary>Subscriptions and outbox items for the digest storage tests; override only what a test is about.</summary>
public static class DigestSamples
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly UserRef Ada = new(Platforms.Discord, "guild-1", "1001");
    public static readonly UserRef Alan = new(Platforms.Slack, "T024BE7LD", "U2147483697");
    public static readonly Paper Attention = Paper("Attention Is All You Need", arxivId: "1706.03762", authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"]);
    public static readonly Paper Bert = Paper("BERT", arxivId: "1810.04805");
    public static readonly Paper ResNet = Paper("Deep Residual Learning for Image Recognition", arxivId: "1512.03385");
    public static readonly Paper Untitled = Paper("A paper known by its title only");

    /// <summary>A message posted to <paramref name="target"/>, as its platform names it.</summary>
    public static MessageRef Posted(DigestTarget target, string messageId) => new(target.Platform, target.Workspace, target.ChannelId, messageId);

    public static DigestTarget Channel(string channelId = "C-general") => DigestTarget.Channel(Platforms.Discord, "guild-1", channelId);

    public static Subscription Subscription(DigestTarget target, DateTimeOffset nextDue, UserRef? owner = null, string? pausedReason = null) =>
        new(target, owner ?? Ada, new DigestSchedule(new TimeOnly(8, 0), "UTC", DigestDays.Weekdays), Core.Digests.Subscription.DefaultSize,
            [], [], [], nextDue, null, null, pausedReason, Now.AddDays(-7));

    /// <summary>A header part and one card for each paper, queued at <see cref="Now"/>.</summary>
    public static OutboxItem Item(Subscription subscription, DateTimeOffset occurrence, params Paper[] papers) =>
        new(OutboxItem.IdFor(subscription.Id, occurrence), subscription.Id, subscription.Target, occurrence,
            [new DigestPart($"Papers for {occurrence:yyyy-MM-dd}"), .. papers.Select(p => new DigestPart(p.Title, PaperCard.For(p, reason: "new in cs.LG")))],
            new Dictionary<int, string>(), OutboxState.Pending, 0, Now, null, Now);
}
