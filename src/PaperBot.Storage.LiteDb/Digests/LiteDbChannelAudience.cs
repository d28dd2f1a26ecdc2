using LiteDB;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Digests;

/// <summary>Channel audiences in the <c>audience</c> collection, one document per person and channel. A channel's most
/// recent members are read from the index on <see cref="AudienceDocument.Recency"/> in its own order, so a channel with
/// thousands of raters costs no more than the limit.</summary>
public sealed class LiteDbChannelAudience(LiteDbContext context) : IChannelAudience
{
    public Task RecordAsync(DigestTarget channel, UserRef member, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(member);
        if (channel.IsDirect)
            throw new ArgumentException("A DM has no audience; only channel targets do.", nameof(channel));
        cancellationToken.ThrowIfCancellationRequested();
        var document = new AudienceDocument
        {
            Id = DocumentKeys.Audience(channel.Key, member),
            Recency = DocumentKeys.AudienceRecency(channel.Key, at, member),
            UserKey = DocumentKeys.User(member),
            Member = TargetMapping.ToDocument(member),
            LastRatedAt = StoredTime.Format(at),
        };
        // Read and write in one transaction, so that of two ratings recorded out of order the later one stays.
        context.InTransaction(() =>
        {
            var known = context.Audience.FindById(document.Id);
            var later = known is null || StoredTime.Parse(known.LastRatedAt) < at;
            if (later)
                context.Audience.Upsert(document);
            return later;
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UserRef>> MembersAsync(DigestTarget channel, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<UserRef>>([]);
        IReadOnlyList<UserRef> members = context.Audience.Query()
            .Where(BoundQuery.StartsWith(nameof(AudienceDocument.Recency), DocumentKeys.AudiencePrefix(channel.Key)))
            .OrderBy(nameof(AudienceDocument.Recency))
            .Limit(limit)
            .ToList()
            .Select(d => TargetMapping.ToUser(d.Member))
            .ToList();
        return Task.FromResult(members);
    }

    public Task<int> ForgetAsync(UserRef member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(context.Audience.DeleteMany(BoundQuery.Equal(nameof(AudienceDocument.UserKey), DocumentKeys.User(member))));
    }
}
