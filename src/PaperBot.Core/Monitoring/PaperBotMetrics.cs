using System.Diagnostics.Metrics;

namespace PaperBot.Core.Monitoring;

/// <summary>PaperBot's instruments, on the one meter <see cref="MeterName"/> that <c>/metrics</c> exports. Each method
/// records one event where it happens; the names and tags are the README's (Prometheus adds <c>_total</c>, <c>_seconds</c>).</summary>
public sealed class PaperBotMetrics
{
    public const string MeterName = "PaperBot";

    private readonly TimeProvider time;
    private readonly Counter<long> composed;
    private readonly Counter<long> delivered;
    private readonly Counter<long> failed;
    private readonly Counter<long> skipped;
    private readonly Histogram<double> lag;
    private readonly Counter<long> reconnects;
    private readonly Counter<long> rateLimited;
    private readonly Counter<long> ratings;
    private readonly Histogram<double> training;
    private readonly Histogram<double> search;
    private readonly Counter<long> feedRuns;
    private DateTimeOffset? modelTrainedAt;

    public PaperBotMetrics(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.time = time;
        var meter = meters.Create(MeterName);
        composed = meter.CreateCounter<long>("paperbot.digests.composed", description: "Digests composed and queued for delivery");
        delivered = meter.CreateCounter<long>("paperbot.digests.delivered", description: "Digests whose every part the platform took");
        failed = meter.CreateCounter<long>("paperbot.digests.failed", description: "Digests given up for good (their subscription paused)");
        skipped = meter.CreateCounter<long>("paperbot.digests.skipped", description: "Due digests not sent, by reason: missed (too late after downtime), superseded, empty");
        lag = meter.CreateHistogram<double>("paperbot.digest.delivery.lag", "s", "How long after its scheduled time a digest was delivered",
            advice: Buckets(1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600));
        reconnects = meter.CreateCounter<long>("paperbot.platform.reconnects", description: "Times a platform connection was lost and reconnecting began");
        rateLimited = meter.CreateCounter<long>("paperbot.platform.rate_limited", description: "HTTP 429 answers from a platform's API");
        ratings = meter.CreateCounter<long>("paperbot.ratings.stored", description: "Thumbs stored, by platform and source");
        training = meter.CreateHistogram<double>("paperbot.training.duration", "s", "Recommender training runs, by outcome",
            advice: Buckets(0.1, 1, 5, 10, 30, 60, 120, 300, 600, 1800));
        meter.CreateObservableGauge("paperbot.model.age", ObserveModelAge, "s", "Age of the recommender model in service");
        search = meter.CreateHistogram<double>("paperbot.search.duration", "s", "Full-text index searches",
            advice: Buckets(0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1));
        feedRuns = meter.CreateCounter<long>("paperbot.feed.runs", description: "Scheduled feed fetches, by source and outcome");
    }

    public void DigestComposed(string platform) => composed.Add(1, Tag("platform", platform));

    /// <param name="scheduledAt">The digest's due time, for the lag behind schedule.</param>
    public void DigestDelivered(string platform, DateTimeOffset scheduledAt)
    {
        delivered.Add(1, Tag("platform", platform));
        lag.Record(Math.Max(0, (time.GetUtcNow() - scheduledAt).TotalSeconds), Tag("platform", platform));
    }

    public void DigestFailed(string platform) => failed.Add(1, Tag("platform", platform));

    public void DigestSkipped(string reason) => skipped.Add(1, Tag("reason", reason));

    public void Reconnecting(string platform) => reconnects.Add(1, Tag("platform", platform));

    public void RateLimited(string platform) => rateLimited.Add(1, Tag("platform", platform));

    public void RatingStored(string platform, string source, int count = 1) => ratings.Add(count, Tag("platform", platform), Tag("source", source));

    /// <param name="outcome">trained, nothing_to_learn or failed.</param>
    public void Trained(TimeSpan duration, string outcome) => training.Record(duration.TotalSeconds, Tag("outcome", outcome));

    /// <summary>A model was loaded or trained and now serves.</summary>
    public void ModelInService(DateTimeOffset trainedAt) => modelTrainedAt = trainedAt;

    public void Searched(TimeSpan duration) => search.Record(duration.TotalSeconds);

    public void FeedRun(string source, bool succeeded) => feedRuns.Add(1, Tag("source", source), Tag("outcome", succeeded ? "succeeded" : "failed"));

    private IEnumerable<Measurement<double>> ObserveModelAge() =>
        modelTrainedAt is { } trainedAt ? [new Measurement<double>((time.GetUtcNow() - trainedAt).TotalSeconds)] : [];

    /// <summary>Bucket bounds in seconds fitted to each histogram (the exporters' defaults suit milliseconds).</summary>
    private static InstrumentAdvice<double> Buckets(params double[] bounds) => new() { HistogramBucketBoundaries = bounds };

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);
}
