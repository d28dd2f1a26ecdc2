using System.Collections.Concurrent;
using PaperBot.Core.Users;

namespace PaperBot.Core.Digests;

/// <summary>Skips recording a channel member again when they were recorded there a moment ago: a channel digest is ranked
/// for its most recent raters, and minutes do not change that order in any way that matters, while a write per reaction
/// would halve how many reactions a second the store can take.</summary>
public sealed class RecentChannelAudience(IChannelAudience inner) : IChannelAudience
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(string Channel, UserRef Member), DateTimeOffset> recorded = new();

    public async Task RecordAsync(DigestTarget channel, UserRef member, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var key = (channel.Key, member);
        if (recorded.TryGetValue(key, out var last) && at - last < Resolution && at >= last)
            return;
        await inner.RecordAsync(channel, member, at, cancellationToken);
        recorded[key] = at;
    }

    public Task<IReadOnlyList<UserRef>> MembersAsync(DigestTarget channel, int limit, CancellationToken cancellationToken = default) =>
        inner.MembersAsync(channel, limit, cancellationToken);

    public async Task<int> ForgetAsync(UserRef member, CancellationToken cancellationToken = default)
    {
        foreach (var key in recorded.Keys.Where(k => k.Member == member).ToList())
            recorded.TryRemove(key, out _);
        return await inner.ForgetAsync(member, cancellationToken);
    }
}
