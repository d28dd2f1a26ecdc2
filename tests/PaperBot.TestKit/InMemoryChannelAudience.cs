using PaperBot.Core.Digests;
using PaperBot.Core.Users;

namespace PaperBot.TestKit;

/// <summary>Channel audiences in a dictionary, with the LiteDB store's semantics: the latest rating time per person and
/// channel, the most recent first.</summary>
public sealed class InMemoryChannelAudience : IChannelAudience
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Channel, UserRef Member), DateTimeOffset> lastRated = [];

    public Task RecordAsync(DigestTarget channel, UserRef member, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(member);
        if (channel.IsDirect)
            throw new ArgumentException("A DM has no audience; only channel targets do.", nameof(channel));
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var key = (channel.Key, member);
            if (!lastRated.TryGetValue(key, out var known) || at > known)
                lastRated[key] = at;
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UserRef>> MembersAsync(DigestTarget channel, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<UserRef> members = lastRated.Where(e => e.Key.Channel == channel.Key)
                .OrderByDescending(e => e.Value)
                .Take(limit)
                .Select(e => e.Key.Member)
                .ToList();
            return Task.FromResult(members);
        }
    }

    public Task<int> ForgetAsync(UserRef member, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var keys = lastRated.Keys.Where(k => k.Member == member).ToList();
            foreach (var key in keys)
                lastRated.Remove(key);
            return Task.FromResult(keys.Count);
        }
    }
}
