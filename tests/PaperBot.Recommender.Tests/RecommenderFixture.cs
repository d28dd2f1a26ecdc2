using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Recommending;
using PaperBot.Recommender.Model;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

/// <summary>The recommender as the host wires it, over in-memory stores and a model folder in a temp folder.</summary>
internal sealed class RecommenderFixture : IDisposable
{
    private readonly TempFolder folder = new();

    private RecommenderFixture(IReadOnlyList<Paper> papers)
    {
        Papers = papers;
        Ratings = new FailingRatingStore(new InMemoryRatingStore());
        Options = Microsoft.Extensions.Options.Options.Create(new RecommenderOptions { ModelFolder = ModelFolder });
        Holder = NewHolder();
        Trainer = new RecommenderTrainer(PaperStore, Ratings, Holder, Options, TestMetrics.Create(Clock), Clock, NullLogger<RecommenderTrainer>.Instance);
        Engine = new MlNetRecommender(PaperStore, Ratings, Holder, Options, Clock);
    }

    public static async Task<RecommenderFixture> CreateAsync(IReadOnlyList<Paper>? papers = null, IEnumerable<Rating>? ratings = null)
    {
        var fixture = new RecommenderFixture(papers ?? TopicCatalogue.Create());
        await fixture.PaperStore.SaveAsync([.. fixture.Papers]);
        if (ratings is not null)
            await fixture.Ratings.SetManyAsync([.. ratings]);
        return fixture;
    }

    public IReadOnlyList<Paper> Papers { get; }

    public InMemoryPaperStore PaperStore { get; } = new();

    public FailingRatingStore Ratings { get; }

    public FakeTimeProvider Clock { get; } = new(TopicCatalogue.Now);

    public IOptions<RecommenderOptions> Options { get; }

    public string ModelFolder => folder.File("models");

    public ModelHolder Holder { get; }

    public RecommenderTrainer Trainer { get; }

    public MlNetRecommender Engine { get; }

    public IRecommender Recommender => Engine;

    /// <summary>A holder as a restarted process would have it: nothing loaded yet.</summary>
    public ModelHolder NewHolder() => new(Options, TestMetrics.Create(Clock), NullLogger<ModelHolder>.Instance);

    public void Dispose()
    {
        Engine.Dispose();
        Trainer.Dispose();
        Holder.Dispose();
        folder.Dispose();
    }
}
