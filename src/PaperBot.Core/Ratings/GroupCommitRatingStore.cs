using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Ratings;

/// <summary>Commits thumbs that arrive together in one transaction (group commit), so a burst of reactions costs one
/// commit per batch instead of one per thumb. <see cref="SetAsync"/> still returns only once its thumb is stored, so
/// nothing that was acknowledged can be lost; while one batch commits, the next one gathers.</summary>
public sealed class GroupCommitRatingStore(IRatingStore inner) : IRatingStore
{
    private readonly Lock gate = new();
    private List<(Rating Rating, TaskCompletionSource Stored)> gathering = [];
    private bool committing;

    public async Task SetAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (gate)
        {
            gathering.Add((rating, stored));
            lead = !committing;
            committing = true;
        }
        // The first writer of a quiet store starts the committer; everyone waits only for their own thumb's batch.
        if (lead)
            _ = Task.Run(CommitBatchesAsync, CancellationToken.None);
        await stored.Task.WaitAsync(cancellationToken);
    }

    private async Task CommitBatchesAsync()
    {
        while (true)
        {
            List<(Rating Rating, TaskCompletionSource Stored)> batch;
            lock (gate)
            {
                if (gathering.Count == 0)
                {
                    committing = false;
                    return;
                }
                batch = gathering;
                gathering = [];
            }
            try
            {
                // Not cancelled by any one writer: the batch holds other people's thumbs too.
                await inner.SetManyAsync(batch.Select(b => b.Rating).ToList(), CancellationToken.None);
                foreach (var (_, done) in batch)
                    done.TrySetResult();
            }
            catch (Exception ex)
            {
                foreach (var (_, done) in batch)
                    done.TrySetException(ex);
            }
        }
    }

    public Task SetManyAsync(IReadOnlyCollection<Rating> ratings, CancellationToken cancellationToken = default) => inner.SetManyAsync(ratings, cancellationToken);

    public Task<bool> RemoveAsync(UserRef user, PaperId paper, CancellationToken cancellationToken = default) => inner.RemoveAsync(user, paper, cancellationToken);

    public Task<IReadOnlyList<Rating>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default) => inner.ForUserAsync(user, cancellationToken);

    public IAsyncEnumerable<Rating> AllAsync(CancellationToken cancellationToken = default) => inner.AllAsync(cancellationToken);

    public IAsyncEnumerable<UserThumb> ThumbsAsync(CancellationToken cancellationToken = default) => inner.ThumbsAsync(cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => inner.AnyAsync(cancellationToken);

    public Task<int> DeleteUserAsync(UserRef user, CancellationToken cancellationToken = default) => inner.DeleteUserAsync(user, cancellationToken);
}
