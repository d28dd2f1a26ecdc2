using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Recommender.Model;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

/// <summary>A small hand-built world for testing one ranking signal at a time: <see cref="TopicCatalogue"/>'s four
/// topics of twelve papers (paper j of topic t is index 12 t + j), people with the likes given, and the model and
/// catalogue view trained from them.</summary>
internal sealed class RankingScene
{
    public const int PerTopic = 12;

    public RankingScene(IReadOnlyDictionary<string, int[]> likes, IReadOnlyDictionary<string, int[]>? dislikes = null)
    {
        Papers = TopicCatalogue.Create();
        var ratings = likes.SelectMany(p => p.Value.Select(i => TopicCatalogue.Thumb(UserRef.Terminal(p.Key), Papers[i], Thumb.Up)))
            .Concat((dislikes ?? new Dictionary<string, int[]>()).SelectMany(p => p.Value.Select(i => TopicCatalogue.Thumb(UserRef.Terminal(p.Key), Papers[i], Thumb.Down))))
            .ToList();
        Options = new RecommenderOptions();
        var built = ModelBuilder.Build(Papers, ratings, Options, TopicCatalogue.Now, "test");
        View = CatalogueView.Create(Papers, built.Model, Options.Content, built.Features);
    }

    public List<Paper> Papers { get; }

    public RecommenderOptions Options { get; }

    public CatalogueView View { get; }

    public PeerProfiles Peers => View.Peers!;

    public int User(string name) => View.Model!.UserIndex(UserRef.Terminal(name));

    public static int Paper(int topic, int j) => topic * PerTopic + j;

    public static int TopicOf(int paper) => paper / PerTopic;

    public static int[] Topic(int topic, params int[] js) => [.. js.Select(j => Paper(topic, j))];

    /// <summary>What the ranker knows of a target with these thumbs; <paramref name="name"/> when the model knows it.</summary>
    public TargetEvidence Evidence(int[] likes, int[]? dislikes = null, string? name = null) =>
        new(name ?? "target", likes, dislikes ?? [], likes.Concat(dislikes ?? []).Select(i => Papers[i].Id).ToHashSet(),
            name is null ? [] : [User(name)], IsGroup: false);

    /// <summary>Every paper the target did not rate.</summary>
    public List<int> Unrated(TargetEvidence evidence) => [.. Enumerable.Range(0, Papers.Count).Where(i => !evidence.Rated.Contains(Papers[i].Id))];
}
