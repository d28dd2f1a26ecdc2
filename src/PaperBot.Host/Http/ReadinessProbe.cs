using System.Globalization;
using Microsoft.Extensions.Options;
using PaperBot.Core.Digests;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Ratings;
using PaperBot.Core.Search;
using PaperBot.Core.Users;
using PaperBot.Host.Scheduling;
using PaperBot.Recommender;
using PaperBot.Recommender.Model;

namespace PaperBot.Host.Http;

/// <summary>Whether the bot does its whole job now: the database answers, recommendations are what they should be,
/// and every configured platform is connected (the search check says whether the index is being rebuilt). A bot
/// without a model is ready while it has nothing to train one from (a fresh bot ranks its seed catalogue by popularity
/// and content); it is not once a training failed and left no model.</summary>
internal sealed class ReadinessProbe(
    IRatingStore ratings,
    ModelHolder models,
    RecommenderTrainer trainer,
    DigestDelivery delivery,
    PlatformConnections connections,
    IndexRebuildStatus rebuild,
    IOptions<SchedulingOptions> scheduling,
    TimeProvider time)
{
    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        int? count;
        ReadinessCheck database;
        try
        {
            count = await ratings.CountAsync(cancellationToken);
            database = new ReadinessCheck("database", true, $"open, {count} ratings");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            count = null;
            database = new ReadinessCheck("database", false, ex.Message);
        }
        List<ReadinessCheck> checks = [database, await ModelAsync(count, cancellationToken), Search()];
        checks.AddRange(delivery.Platforms.Order(StringComparer.Ordinal).Select(Platform));
        return ReadinessReport.Of(checks);
    }

    private async Task<ReadinessCheck> ModelAsync(int? ratingCount, CancellationToken cancellationToken)
    {
        if (await models.CurrentAsync(cancellationToken) is { } model)
            return new ReadinessCheck("model", true, $"{model.Version}, trained {Ago(model.TrainedAt)} from {model.Ratings} ratings");
        if (trainer.LastFailure is { } failure)
            return new ReadinessCheck("model", false, $"no model: the training at {Clock(failure.At)} failed: {failure.Message}");
        var needed = scheduling.Value.RetrainAfterThumbs;
        var have = ratingCount is { } n ? $"{n} ratings" : "the ratings unknown";
        return new ReadinessCheck("model", true, $"no model yet: {have}, training needs {needed} (until then by popularity and content)");
    }

    /// <summary>Ready while the index rebuilds: the bot answers (searches from the index as last committed), and a
    /// load balancer that gates Slack's or Discord's requests on this must not take it offline for minutes.</summary>
    private ReadinessCheck Search() => new("search", true, rebuild.Current is { } progress
        ? $"rebuilding the index ({progress}); searches may miss papers until it is done"
        : "index open");

    private ReadinessCheck Platform(string platform)
    {
        if (platform == Platforms.Terminal)
            return new ReadinessCheck(platform, true, "connected (this terminal)");
        if (connections.Find(platform) is not { } connection)
            return new ReadinessCheck(platform, false, "not connected yet");
        var state = connection.State.ToString().ToLowerInvariant();
        return new ReadinessCheck(platform, connection.IsConnected, $"{state} since {Clock(connection.Since)} ({connection.Reason})");
    }

    private static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private string Ago(DateTimeOffset at)
    {
        var age = time.GetUtcNow() - at;
        return age.TotalHours >= 1 ? $"{(int)age.TotalHours} h ago" : $"{Math.Max(0, (int)age.TotalMinutes)} min ago";
    }
}
