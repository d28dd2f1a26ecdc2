using PaperBot.Core.Monitoring;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Ratings;

/// <summary>Records thumbs from any front-end, refusing papers the catalogue does not hold.</summary>
public sealed class RatingService(IRatingStore ratings, IPaperStore papers, PaperBotMetrics metrics, TimeProvider time)
{
    public async Task<Paper?> RecordAsync(UserRef user, PaperId paperId, Thumb thumb, string source, CancellationToken cancellationToken = default)
    {
        var paper = await papers.FindAsync(paperId, cancellationToken);
        if (paper is null)
            return null;
        await ratings.SetAsync(new Rating(user, paperId, thumb, source, time.GetUtcNow()), cancellationToken);
        metrics.RatingStored(user.Platform, source);
        return paper;
    }

    public Task<bool> WithdrawAsync(UserRef user, PaperId paperId, CancellationToken cancellationToken = default) =>
        ratings.RemoveAsync(user, paperId, cancellationToken);

    /// <summary>Takes back the person's thumb on the paper only while it is still <paramref name="thumb"/>: a removed 👍
    /// reaction must not take back a 👎 given since.</summary>
    public async Task<bool> WithdrawAsync(UserRef user, PaperId paperId, Thumb thumb, CancellationToken cancellationToken = default)
    {
        var current = (await ratings.ForUserAsync(user, cancellationToken)).FirstOrDefault(r => r.Paper == paperId);
        return current?.Thumb == thumb && await ratings.RemoveAsync(user, paperId, cancellationToken);
    }
}
