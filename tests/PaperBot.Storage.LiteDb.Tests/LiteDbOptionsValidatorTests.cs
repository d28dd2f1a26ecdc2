using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests;

public sealed class LiteDbOptionsValidatorTests
{
    private readonly LiteDbOptionsValidator validator = new();

    [Theory]
    [InlineData("data/paperbot.db")]
    [InlineData("/var/lib/paperbot/paperbot.db")]
    [InlineData("paperbot.db")]
    public void A_file_path_is_accepted(string path) =>
        Assert.True(validator.Validate(null, new LiteDbOptions { Path = path }).Succeeded);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("data/\0.db")]
    [InlineData("data/")]
    public void A_path_that_cannot_name_a_file_is_refused(string path)
    {
        var result = validator.Validate(null, new LiteDbOptions { Path = path });

        Assert.True(result.Failed);
        Assert.Contains("Storage:Path", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_folder_is_refused()
    {
        using var folder = new TempFolder();

        Assert.True(validator.Validate(null, new LiteDbOptions { Path = folder.Path }).Failed);
    }

    [Fact]
    public void The_default_is_data_paperbot_db() => Assert.Equal("data/paperbot.db", new LiteDbOptions().Path);
}
