using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Monitoring;

namespace PaperBot.Recommender.Model;

/// <summary>The model in service. A model is swapped in only once it is completely loaded, by replacing one
/// reference, so a ranking sees either the old model or the new one, never a mix. On first use it loads the
/// version named by the store's pointer (or the newest one that loads, if that one is damaged).</summary>
public sealed class ModelHolder(IOptions<RecommenderOptions> options, PaperBotMetrics metrics, ILogger<ModelHolder> logger) : IDisposable
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private RecommenderModel? current;
    private volatile bool initialised;

    internal ModelStore Store { get; } = new(options.Value.ModelFolder);

    /// <summary>The model in service, if any has been loaded or trained.</summary>
    public ModelMetadata? Current => Volatile.Read(ref current)?.Metadata;

    /// <summary>The model in service, loading the newest good saved one first if none has been loaded yet.</summary>
    public async ValueTask<ModelMetadata?> CurrentAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken))?.Metadata;

    internal async ValueTask<RecommenderModel?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (initialised)
            return Volatile.Read(ref current);
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (!initialised)
            {
                var loaded = await Task.Run(LoadNewestGood, cancellationToken);
                // A training that finished meanwhile wins over what was on disk before it.
                if (loaded is not null && Interlocked.CompareExchange(ref current, loaded, null) is null)
                    metrics.ModelInService(loaded.Metadata.TrainedAt);
                initialised = true;
            }
        }
        finally
        {
            loading.Release();
        }
        return Volatile.Read(ref current);
    }

    /// <summary>Raised on the swapping thread once a new model is in service.</summary>
    internal event Action? Swapped;

    internal void Swap(RecommenderModel model)
    {
        Volatile.Write(ref current, model);
        initialised = true;
        metrics.ModelInService(model.Metadata.TrainedAt);
        Swapped?.Invoke();
    }

    private RecommenderModel? LoadNewestGood()
    {
        var pointer = Store.CurrentVersion();
        var versions = pointer is null ? Store.Versions() : [pointer, .. Store.Versions().Where(v => v != pointer)];
        foreach (var version in versions)
        {
            try
            {
                var model = Store.Load(version);
                model.FeaturesFrom(() => LoadFeatures(model));
                logger.LogInformation("Recommender model {Version} loaded ({Ratings} ratings, {Users} people).", version, model.Metadata.Ratings, model.Metadata.Users);
                return model;
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException or InvalidOperationException)
            {
                logger.LogWarning(exception, "Recommender model {Version} could not be loaded; trying an older one.", version);
            }
        }
        return null;
    }

    /// <summary>The features saved with the model, read when its first view is built; a damaged file is reported, and
    /// that view featurizes the catalogue instead.</summary>
    private TrainedFeatures? LoadFeatures(RecommenderModel model)
    {
        var version = model.Metadata.Version;
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            // Not cancellable: the result is kept for the model's life, and a cancelled ranking should not cost every later one.
            var features = Store.LoadFeatures(model);
            if (features is null)
                logger.LogInformation("Recommender model {Version} has no saved features; its first ranking featurizes the catalogue.", version);
            else
                logger.LogInformation("Read the saved features of recommender model {Version}'s {Papers} papers in {Seconds:F1} s.", version, features.Papers.Count, clock.Elapsed.TotalSeconds);
            return features;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "The saved features of recommender model {Version} could not be read; its first ranking featurizes the catalogue instead.", version);
            return null;
        }
    }

    /// <summary>Keeps a model's papers' features, from its training or from a view that featurized them for a model that
    /// had none saved (a restored backup, or a model saved before features were): later views of it share them, and
    /// the next start reads them. They are a cache, so failing to save them is reported, not fatal.</summary>
    internal void KeepFeatures(RecommenderModel model, TrainedFeatures features)
    {
        model.FeaturesFrom(() => features);
        try
        {
            Store.SaveFeatures(model, features);
            logger.LogInformation("Saved the features of recommender model {Version}'s papers for the next start.", model.Metadata.Version);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "The features of recommender model {Version} could not be saved; the next start featurizes the catalogue again.", model.Metadata.Version);
        }
    }

    public void Dispose() => loading.Dispose();
}
