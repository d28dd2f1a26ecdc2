using System.Globalization;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Papers;
using PaperBot.Core.Recommending;
using PaperBot.Core.Users;

namespace PaperBot.Core.Digests;

/// <summary>Chooses and ranks a digest's papers: those that arrived since the target's previous digest, topped up from the unseen
/// backlog, never one the target has received, filtered, ranked for the person or the channel, each with its reason.</summary>
/// <param name="platforms">The adapters that know channel members; none is needed.</param>
public sealed class DigestComposer(
    IRecommender recommender,
    IDigestLedger ledger,
    IChannelAudience audience,
    IEnumerable<IChannelMembers> platforms,
    IOptions<DigestOptions> options,
    PaperBotMetrics metrics)
{
    private readonly IReadOnlyList<IChannelMembers> memberSources = platforms.ToList();

    /// <summary>One digest on its own (a preview, <c>paperbot digest</c>), from the candidates rounds choose from.</summary>
    public async Task<ComposedDigest> ComposeAsync(Subscription subscription, DigestCandidates candidates, DateTimeOffset occurrence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var received = await ledger.ReceivedAsync(subscription.Id, cancellationToken);
        var catalogue = await candidates.LoadAsync(cancellationToken);
        return await ComposeAsync(subscription, catalogue, received, occurrence, cancellationToken);
    }

    /// <param name="received">Every paper the target has received (see <see cref="IDigestLedger.ReceivedByTargetAsync"/>):
    /// the dispatcher reads them for a whole round at once.</param>
    public async Task<ComposedDigest> ComposeAsync(Subscription subscription, DigestCatalogue catalogue, IReadOnlySet<PaperId> received, DateTimeOffset occurrence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(received);
        var since = subscription.LastDigestAt ?? subscription.CreatedAt;
        var fresh = Candidates(subscription, catalogue, received, since, arrivedSince: true);
        var target = await RankingTargetAsync(subscription, cancellationToken);
        var picks = fresh.Count == 0 ? [] : (await recommender.RankAsync(new RankingRequest(target, subscription.Size, fresh, received), cancellationToken)).ToList();
        var newCount = picks.Count;
        if (picks.Count < subscription.Size)
        {
            // The backlog is looked at only when the new papers do not fill the digest.
            var backlog = Candidates(subscription, catalogue, received, since, arrivedSince: false);
            if (backlog.Count > 0)
                picks.AddRange(await recommender.RankAsync(new RankingRequest(target, subscription.Size - picks.Count, backlog, received), cancellationToken));
        }

        var local = subscription.Schedule.ToLocal(occurrence);
        var day = local.ToString("ddd d MMM", CultureInfo.InvariantCulture);
        if (picks.Count == 0)
        {
            var quiet = $"📭 Nothing new for this digest on {day}{WeekendHint(local)}. PaperBot will look again at the next digest time.";
            if (!options.Value.NoticeWhenEmpty)
                return new ComposedDigest([], [], "nothing new" + WeekendHint(local));
            metrics.DigestComposed(subscription.Target.Platform);
            return new ComposedDigest([new DigestPart(quiet)], [], "nothing new" + WeekendHint(local));
        }

        var header = $"📚 PaperBot digest for {day}: {picks.Count} paper{(picks.Count == 1 ? "" : "s")}" +
            (picks.Count > newCount ? $" ({newCount} new, {picks.Count - newCount} from earlier)" : "") + ". React 👍/👎 to tune what comes next.";
        var parts = new List<DigestPart> { new(header) };
        parts.AddRange(picks.Select(p => new DigestPart(catalogue[p.Paper].Title, PaperCard.For(catalogue[p.Paper], reason: p.Reason))));
        metrics.DigestComposed(subscription.Target.Platform);
        return new ComposedDigest(parts, picks, $"{picks.Count} papers");
    }

    /// <summary>The papers, in catalogue order, that arrived since <paramref name="since"/> (or, for the backlog, before it),
    /// pass the subscription's filters and have not reached the target. Only the arrival time is read for the others, since a
    /// round asks this for every digest.</summary>
    private static List<PaperId> Candidates(Subscription subscription, DigestCatalogue catalogue, IReadOnlySet<PaperId> received, DateTimeOffset since, bool arrivedSince)
    {
        var candidates = new List<PaperId>();
        foreach (var paper in catalogue.Papers)
        {
            if ((paper.FirstSeen > since) == arrivedSince && !received.Contains(paper.Id) && DigestFilters.Admit(subscription, paper))
                candidates.Add(paper.Id);
        }
        return candidates;
    }

    /// <summary>A DM digest is ranked for its person. A channel digest is ranked for its owner, the people who rated in the
    /// channel (the most recent first) and the members the platform knows, at most <see cref="DigestOptions.ChannelRankingMembers"/>.</summary>
    private async Task<RankingTarget> RankingTargetAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        if (subscription.Target.Person is { } person)
            return RankingTarget.User(person);
        var limit = options.Value.ChannelRankingMembers;
        var members = new List<UserRef> { subscription.Owner };
        members.AddRange(await audience.MembersAsync(subscription.Target, limit, cancellationToken));
        foreach (var source in memberSources.Where(s => s.Platform == subscription.Target.Platform))
            members.AddRange(await source.MembersAsync(subscription.Target, limit, cancellationToken));
        return RankingTarget.Group(members.Distinct().Take(limit));
    }

    /// <summary>arXiv announces Sunday to Thursday evenings (US Eastern), so weekend mornings bring nothing new.</summary>
    private static string WeekendHint(DateTimeOffset local) =>
        local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? " (arXiv does not announce on weekends)" : "";
}
