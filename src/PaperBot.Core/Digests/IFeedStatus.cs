namespace PaperBot.Core.Digests;

/// <summary>How the scheduled ingestion of each source went last, in lines for <c>/papers status</c>.</summary>
public interface IFeedStatus
{
    Task<IReadOnlyList<string>> DescribeAsync(CancellationToken cancellationToken = default);
}
