using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender;

/// <summary>
/// Trains a new model from the catalogue and everyone's thumbs, saves it as a new version, loads it back in full,
/// and only then puts it in service. If any step fails, the new version is discarded and the previous model keeps
/// serving. One training runs at a time; rankings go on meanwhile.
/// </summary>
public sealed class RecommenderTrainer(
    IPaperStore papers,
    IRatingStore ratings,
    ModelHolder holder,
    IOptions<RecommenderOptions> options,
    PaperBotMetrics metrics,
    TimeProvider time,
    ILogger<RecommenderTrainer> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Why the last training failed, and when; null once one succeeds (for <c>/readyz</c>).</summary>
    public TrainingFailure? LastFailure { get; private set; }

    public async Task<TrainingReport> TrainAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        try
        {
            // Streamed into a compact form: the catalogue's text and the thumbs' records never all sit in memory.
            var data = await TrainingInput.ReadAsync(papers, ratings, options.Value.Content, cancellationToken);
            if (!data.HasLikes)
            {
                metrics.Trained(clock.Elapsed, "nothing_to_learn");
                return new TrainingReport(null, null, clock.Elapsed, "No thumbs-up yet, so there is nothing to learn from; recommendations use popularity and content until then.");
            }

            var store = holder.Store;
            var settings = options.Value;
            var version = store.NextVersion(time.GetUtcNow());
            var (model, folder) = await Task.Run(() =>
            {
                using var textSpill = Content.TextSpill.In(store.Root);
                var (folder, features, contentHashes) = BuildAndSave(data, settings, version, textSpill, cancellationToken);
                try
                {
                    // Load what was written, not what is in memory: the served model is exactly the saved one.
                    var loaded = store.Load(version);
                    var trained = new TrainedFeatures(textSpill.Restore(features, loaded.Content, cancellationToken), contentHashes);
                    holder.KeepFeatures(loaded, trained);
                    return (loaded, folder);
                }
                catch
                {
                    store.Discard(version);
                    throw;
                }
            }, cancellationToken);
            store.Activate(version);
            holder.Swap(model);
            store.Prune(settings.KeepModels);
            // What training worked with (2 GB at a million papers) is garbage now.
            MemoryGiveBack.Now();
            var metadata = model.Metadata;
            LastFailure = null;
            metrics.Trained(clock.Elapsed, "trained");
            logger.LogInformation("Recommender model {Version} trained from {Ratings} ratings in {Seconds:F1} s.", version, metadata.Ratings, clock.Elapsed.TotalSeconds);
            return new TrainingReport(metadata, folder, clock.Elapsed,
                $"Trained model {version} from {metadata.Ratings} ratings by {metadata.Users} people over {metadata.Papers} papers " +
                $"({metadata.TrainingRows} examples, training AUC {metadata.TrainingAuc:F3}) in {clock.Elapsed.TotalSeconds:F1} s.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Recommender training failed; the previous model keeps serving.");
            LastFailure = new TrainingFailure(time.GetUtcNow(), exception.Message);
            metrics.Trained(clock.Elapsed, "failed");
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Trains and saves a version; only its folder and the papers' features outlive this call, so the trained
    /// copy of the model can be collected while the saved one is loaded back (one copy in memory, not two).</summary>
    private (string Folder, Content.PaperFeatures[] Features, ulong[] ContentHashes) BuildAndSave(TrainingData data, RecommenderOptions settings,
        string version, Content.TextSpill textSpill, CancellationToken cancellationToken)
    {
        var built = ModelBuilder.Build(data, settings, time.GetUtcNow(), version, textSpill, cancellationToken);
        return (holder.Store.Save(built), built.Features, built.ContentHashes);
    }

    public void Dispose() => gate.Dispose();
}
