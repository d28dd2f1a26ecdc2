using Microsoft.Extensions.Logging;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Recommender.Model;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

public sealed class RecommenderTrainerTests
{
    [Fact]
    public async Task Training_saves_a_version_with_metadata_and_puts_it_in_service()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: Ratings());

        var report = await fixture.Trainer.TrainAsync();

        Assert.True(report.Trained);
        Assert.Equal(report.Model!.Version, fixture.Holder.Current?.Version);
        foreach (var file in new[] { "model.zip", "index.bin", "metadata.json" })
            Assert.True(File.Exists(Path.Combine(report.Folder!, file)), file);
        Assert.Equal(report.Model.Version, File.ReadAllText(Path.Combine(fixture.ModelFolder, "current")));
        Assert.Equal(Ratings().Count, report.Model.Ratings);

        using var restarted = fixture.NewHolder();
        using var engine = new MlNetRecommender(fixture.PaperStore, fixture.Ratings, restarted, fixture.Options, fixture.Clock);
        var recommendations = await ((Core.Recommending.IRecommender)engine).RecommendAsync(UserRef.Terminal("person1"), 3);
        Assert.Equal(report.Model.Version, restarted.Current?.Version);
        Assert.Equal(3, recommendations.Count);
    }

    [Fact]
    public async Task The_model_in_service_after_training_keeps_every_papers_full_features_and_no_spill_file()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: Ratings());

        await fixture.Trainer.TrainAsync();

        var model = (await fixture.Holder.GetAsync())!;
        var features = model.TrainedFeatures!.Papers;
        Assert.Equal(model.PaperIds.Length, features.Count);
        foreach (var paper in fixture.Papers)
        {
            var kept = features[model.PaperIndex(paper.Id)];
            Assert.NotEqual(0, kept.Text.Count);
            PackedAssert.Close(model.Content.Featurize(paper), kept);
        }
        Assert.Empty(Directory.GetFiles(fixture.ModelFolder, ".text-*"));
    }

    [Fact]
    public async Task A_restarted_bot_reads_the_features_saved_with_the_model_and_ranks_as_the_training_process_did()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: Ratings());
        var report = await fixture.Trainer.TrainAsync();
        var trained = (await fixture.Holder.GetAsync())!.TrainedFeatures!;
        var person = UserRef.Terminal("person2");
        var before = await fixture.Recommender.RecommendAsync(person, 5);

        using var restarted = fixture.NewHolder();
        using var engine = new MlNetRecommender(fixture.PaperStore, fixture.Ratings, restarted, fixture.Options, fixture.Clock);
        var after = await ((Core.Recommending.IRecommender)engine).RecommendAsync(person, 5);

        Assert.True(File.Exists(Path.Combine(report.Folder!, "features.bin")));
        var read = (await restarted.GetAsync())!.TrainedFeatures!;
        Assert.Equal(trained.ContentHashes, read.ContentHashes);
        for (var i = 0; i < trained.Papers.Count; i++)
            Assert.Equal(trained.Papers.EntriesOf(i).ToArray(), read.Papers.EntriesOf(i).ToArray());
        Assert.Equal(before.Select(r => (r.Paper, r.Score, r.Reason)), after.Select(r => (r.Paper, r.Score, r.Reason)));
    }

    [Fact]
    public async Task A_damaged_features_file_is_reported_and_the_restarted_bot_featurizes_the_catalogue_instead()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: Ratings());
        var report = await fixture.Trainer.TrainAsync();
        var person = UserRef.Terminal("person2");
        var before = await fixture.Recommender.RecommendAsync(person, 5);
        var path = Path.Combine(report.Folder!, "features.bin");
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^100] ^= 0x40;
        await File.WriteAllBytesAsync(path, bytes);

        var logger = new ListLogger();
        using var restarted = new ModelHolder(fixture.Options, TestMetrics.Create(fixture.Clock), new ListLogger<ModelHolder>(logger));
        using var engine = new MlNetRecommender(fixture.PaperStore, fixture.Ratings, restarted, fixture.Options, fixture.Clock);
        var after = await ((Core.Recommending.IRecommender)engine).RecommendAsync(person, 5);

        Assert.Contains(logger.Lines, e => e.Level == LogLevel.Warning && e.Message.Contains("could not be read", StringComparison.Ordinal));
        Assert.Equal(before.Select(r => (r.Paper, r.Reason)), after.Select(r => (r.Paper, r.Reason)));
        // The features featurized instead replace the damaged file.
        using var again = fixture.NewHolder();
        Assert.Equal((await fixture.Holder.GetAsync())!.TrainedFeatures!.ContentHashes, (await again.GetAsync())!.TrainedFeatures!.ContentHashes);
    }

    [Fact]
    public async Task A_model_without_saved_features_gets_them_from_its_first_view_for_the_next_start()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: Ratings());
        var report = await fixture.Trainer.TrainAsync();
        var trained = (await fixture.Holder.GetAsync())!.TrainedFeatures!;
        var path = Path.Combine(report.Folder!, "features.bin");
        File.Delete(path);
        var person = UserRef.Terminal("person2");

        using (var restarted = fixture.NewHolder())
        using (var engine = new MlNetRecommender(fixture.PaperStore, fixture.Ratings, restarted, fixture.Options, fixture.Clock))
            await ((Core.Recommending.IRecommender)engine).RecommendAsync(person, 5);
        using var again = fixture.NewHolder();
        var read = (await again.GetAsync())!.TrainedFeatures!;

        Assert.True(File.Exists(path));
        Assert.Equal(trained.ContentHashes, read.ContentHashes);
        for (var i = 0; i < trained.Papers.Count; i++)
            Assert.Equal(trained.Papers.EntriesOf(i).ToArray(), read.Papers.EntriesOf(i).ToArray());
    }

    [Fact]
    public async Task Only_the_model_in_service_keeps_its_features_file_and_backups_leave_it_out()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: Ratings());
        var first = await fixture.Trainer.TrainAsync();
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        var second = await fixture.Trainer.TrainAsync();
        using var backup = new TempFolder();

        ModelFiles.CopyCurrent(fixture.ModelFolder, backup.Path);

        Assert.True(File.Exists(Path.Combine(first.Folder!, "model.zip")));
        Assert.False(File.Exists(Path.Combine(first.Folder!, "features.bin")));
        Assert.True(File.Exists(Path.Combine(second.Folder!, "features.bin")));
        var copied = Path.Combine(backup.Path, second.Model!.Version);
        Assert.True(File.Exists(Path.Combine(copied, "model.zip")));
        Assert.False(File.Exists(Path.Combine(copied, "features.bin")));
    }

    [Fact]
    public async Task A_training_that_fails_reading_thumbs_leaves_the_previous_model_serving()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: Ratings());
        var first = (await fixture.Trainer.TrainAsync()).Model!;
        var person = UserRef.Terminal("person2");
        var before = await fixture.Recommender.RecommendAsync(person, 5);

        fixture.Clock.Advance(TimeSpan.FromHours(1));
        await fixture.Ratings.SetAsync(TopicCatalogue.Thumb(UserRef.Terminal("newcomer"), fixture.Papers[3], Thumb.Up));
        fixture.Ratings.Broken = true;
        await Assert.ThrowsAsync<IOException>(() => fixture.Trainer.TrainAsync());

        Assert.Equal(first.Version, fixture.Holder.Current?.Version);
        Assert.Equal(first.Version, File.ReadAllText(Path.Combine(fixture.ModelFolder, "current")));
        Assert.Equal([first.Version], Directory.GetDirectories(fixture.ModelFolder).Select(Path.GetFileName));
        var after = await fixture.Recommender.RecommendAsync(person, 5);
        Assert.Equal(before.Select(r => (r.Paper, r.Reason)), after.Select(r => (r.Paper, r.Reason)));
    }

    [Fact]
    public async Task A_training_that_fails_saving_leaves_no_half_written_version_and_the_previous_model_serving()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: Ratings());
        var first = (await fixture.Trainer.TrainAsync()).Model!;

        fixture.Clock.Advance(TimeSpan.FromHours(1));
        // Something else already occupies the name the new version would be renamed to, so the final rename fails.
        var blocked = Path.Combine(fixture.ModelFolder, fixture.Clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture));
        await File.WriteAllTextAsync(blocked, "not a model");
        await Assert.ThrowsAnyAsync<IOException>(() => fixture.Trainer.TrainAsync());

        Assert.Equal(first.Version, fixture.Holder.Current?.Version);
        Assert.Equal([first.Version], Directory.GetDirectories(fixture.ModelFolder).Select(Path.GetFileName));
        Assert.NotEmpty(await fixture.Recommender.RecommendAsync(UserRef.Terminal("person1"), 3));
    }

    [Fact]
    public async Task A_damaged_model_on_disk_is_skipped_for_the_newest_one_that_loads()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: Ratings());
        var first = (await fixture.Trainer.TrainAsync()).Model!;
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        var second = await fixture.Trainer.TrainAsync();
        await File.WriteAllTextAsync(Path.Combine(second.Folder!, "model.zip"), "truncated");

        using var restarted = fixture.NewHolder();
        using var engine = new MlNetRecommender(fixture.PaperStore, fixture.Ratings, restarted, fixture.Options, fixture.Clock);
        await ((Core.Recommending.IRecommender)engine).RecommendAsync(UserRef.Terminal("person1"), 3);

        Assert.Equal(first.Version, restarted.Current?.Version);
    }

    [Fact]
    public async Task With_no_thumbs_there_is_nothing_to_train_and_nothing_is_written()
    {
        using var fixture = await RecommenderFixture.CreateAsync();

        var report = await fixture.Trainer.TrainAsync();

        Assert.False(report.Trained);
        Assert.Null(fixture.Holder.Current);
        Assert.False(Directory.Exists(fixture.ModelFolder));
    }

    private static List<Rating> Ratings() => TopicCatalogue.Likes(TopicCatalogue.Create(), people: 8, perTopic: 12, topics: 4);
}
