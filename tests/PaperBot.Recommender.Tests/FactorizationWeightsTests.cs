using System.Numerics.Tensors;
using Microsoft.ML.Data;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Tests;

public sealed class FactorizationWeightsTests
{
    [Fact]
    public void Person_and_paper_vectors_reproduce_the_ML_NET_model_score()
    {
        var papers = TopicCatalogue.Create();
        var ratings = TopicCatalogue.Likes(papers, people: 8, perTopic: 12, topics: 4);
        var built = ModelBuilder.Build(papers, ratings, new RecommenderOptions(), TopicCatalogue.Now, "test");
        var model = built.Model;
        var weights = model.Weights;

        var pairs = Enumerable.Range(0, model.UserKeys.Length).SelectMany(u => new[] { (u, u * 5 % papers.Count), (u, (u * 7 + 3) % papers.Count) }).ToList();
        var rows = pairs.Select(pair => new TrainingExample(pair.Item1, pair.Item2, false)).ToList();
        var view = new ExampleDataView(rows, model.UserKeys.Length, built.Features, model.Content, weights.UsesPaperField);
        var expected = built.Transformer.Transform(view).GetColumn<float>("Score").ToArray();

        var paperVector = new float[weights.VectorLength];
        for (var i = 0; i < pairs.Count; i++)
        {
            var (user, paper) = pairs[i];
            var bias = weights.PaperVector(built.Features[paper], paper, paperVector);
            var score = weights.UserBias(user) + bias + TensorPrimitives.Dot(model.UserVector(user), paperVector);
            Assert.Equal(expected[i], score, 3);
        }
        Assert.Contains(expected, s => Math.Abs(s) > 0.01f);
    }

    [Fact]
    public void The_model_learns_to_separate_liked_papers_from_the_rest()
    {
        var papers = TopicCatalogue.Create();
        var ratings = TopicCatalogue.Likes(papers, people: 16, perTopic: 12, topics: 4);
        var built = ModelBuilder.Build(papers, ratings, new RecommenderOptions(), TopicCatalogue.Now, "test");

        Assert.True(built.Model.Metadata.TrainingAuc > 0.8, $"training AUC {built.Model.Metadata.TrainingAuc}");
        Assert.Equal(16, built.Model.Metadata.Users);
        Assert.Equal(ratings.Count, built.Model.Metadata.Ratings);
    }
}
