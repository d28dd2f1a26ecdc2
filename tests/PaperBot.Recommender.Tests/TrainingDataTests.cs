using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Recommender.Content;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Tests;

public sealed class TrainingDataTests
{
    [Fact]
    public void Thumbs_on_papers_outside_the_catalogue_are_left_out_and_so_is_a_person_with_only_those()
    {
        var papers = TopicCatalogue.Create(topics: 2, perTopic: 6);
        var (ada, alan, grace) = (UserRef.Terminal("ada"), UserRef.Terminal("alan"), UserRef.Terminal("grace"));
        var gone = PaperId.FromTitle("A paper no longer in the catalogue");
        var thumbs = new ThumbCollector();
        thumbs.Add(new UserThumb(grace, gone, Thumb.Up));
        thumbs.Add(new UserThumb(alan, papers[1].Id, Thumb.Down));
        thumbs.Add(new UserThumb(alan, gone, Thumb.Up));
        thumbs.Add(new UserThumb(ada, papers[0].Id, Thumb.Up));
        thumbs.Add(new UserThumb(alan, papers[2].Id, Thumb.Up));
        var data = new TrainingData(new ContentOptions { MinDocumentFrequency = 1 });
        foreach (var paper in papers)
            data.Add(paper);

        data.Add(thumbs);
        var (_, _, paperIds, contentHashes, userKeys, ratings) = data.Build();

        Assert.True(data.HasLikes);
        Assert.Equal(paperIds.Select(id => ContentHash.Of(papers.First(p => p.Id == id))), contentHashes);
        Assert.Equal([RecommenderModel.UserKey(ada), RecommenderModel.UserKey(alan)], userKeys);
        Assert.Equal(3, ratings.Count);
        Assert.Equal([Array.IndexOf(paperIds, papers[0].Id)], ratings.LikesOf[0]);
        Assert.Equal([Array.IndexOf(paperIds, papers[2].Id)], ratings.LikesOf[1]);
        Assert.Equal([Array.IndexOf(paperIds, papers[1].Id)], ratings.DislikesOf[1]);
    }

    [Fact]
    public void Only_likes_outside_the_catalogue_leave_nothing_to_learn()
    {
        var papers = TopicCatalogue.Create(topics: 2, perTopic: 6);
        var thumbs = new ThumbCollector();
        thumbs.Add(new UserThumb(UserRef.Terminal("ada"), PaperId.FromTitle("Elsewhere"), Thumb.Up));
        thumbs.Add(new UserThumb(UserRef.Terminal("ada"), papers[0].Id, Thumb.Down));
        var data = new TrainingData(new ContentOptions());
        foreach (var paper in papers)
            data.Add(paper);

        data.Add(thumbs);

        Assert.False(data.HasLikes);
    }
}
