using System.Text.Json;
using PaperBot.Host.Tests.Control;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Cli;

/// <summary>An operator names someone of Slack or Discord on the command line as <c>ratings list</c> prints them
/// (platform/workspace/id), and the commands act for that person, not for a terminal user of that name.</summary>
public sealed class PlatformPeopleTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Database => folder.File("paperbot.db");

    private async Task IngestSeedsAsync() =>
        Assert.Equal(0, (await Paperbot.RunAsync("--db", Database, "ingest", RepoPaths.Seeds)).Exit);

    /// <summary>Imports thumbs up for the first two seed papers by the two users given, and lists every rating after.</summary>
    private async Task<(CommandResult Imported, JsonElement Listed)> ImportAsync(string first, string second)
    {
        await IngestSeedsAsync();
        var catalogue = JsonDocument.Parse((await Paperbot.RunAsync("--db", Database, "papers", "--format", "json")).Out).RootElement;
        var csv = folder.File("thumbs.csv");
        await File.WriteAllTextAsync(csv, $"user,paper,thumb\n{first},{catalogue[0].GetProperty("id").GetString()},up\n{second},{catalogue[1].GetProperty("id").GetString()},up\n");
        var imported = await Paperbot.RunAsync("--db", Database, "ratings", "import", csv);
        return (imported, JsonDocument.Parse((await Paperbot.RunAsync("--db", Database, "ratings", "list", "--format", "json")).Out).RootElement);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_platform_person_is_rated_listed_and_ranked_for_as_themselves()
    {
        await IngestSeedsAsync();
        var catalogue = JsonDocument.Parse((await Paperbot.RunAsync("--db", Database, "papers", "--format", "json")).Out).RootElement;
        var liked = catalogue[0].GetProperty("id").GetString()!;

        var rated = await Paperbot.RunAsync("--db", Database, "rate", "--user", "slack/T0001/U0001", "--paper", liked, "--thumb", "up");
        var listed = JsonDocument.Parse((await Paperbot.RunAsync("--db", Database, "ratings", "list", "--user", "slack/T0001/U0001", "--format", "json")).Out).RootElement;
        var theirs = await Paperbot.RunAsync("--db", Database, "recommend", "--user", "slack/T0001/U0001", "--top", "5", "--format", "json");
        var terminals = await Paperbot.RunAsync("--db", Database, "recommend", "--user", "U0001", "--top", "5", "--format", "json");

        Assert.Equal(0, rated.Exit);
        var rating = Assert.Single(listed.EnumerateArray());
        Assert.Equal(("slack", "T0001", "U0001", liked), (rating.GetProperty("platform").GetString(), rating.GetProperty("workspace").GetString(),
            rating.GetProperty("user").GetString(), rating.GetProperty("paper").GetString()));
        Assert.Equal(0, theirs.Exit);
        var picks = JsonDocument.Parse(theirs.Out).RootElement.EnumerateArray().ToList();
        Assert.DoesNotContain(picks, pick => pick.GetProperty("id").GetString() == liked);
        // The terminal's U0001 has no thumbs, so their picks are the newcomer's, not the Slack person's.
        Assert.NotEqual(theirs.Out, terminals.Out);
    }

    [Fact]
    public async Task An_import_names_platform_people_and_terminal_people_alike()
    {
        var (imported, listed) = await ImportAsync("slack/T0001/U0002", "dana");

        Assert.Equal(0, imported.Exit);
        Assert.Equal(["slack/T0001/U0002", "terminal/local/dana"], listed.EnumerateArray()
            .Select(r => $"{r.GetProperty("platform").GetString()}/{r.GetProperty("workspace").GetString()}/{r.GetProperty("user").GetString()}").Order());
    }

    [Fact]
    public async Task A_platform_persons_digest_is_only_shown_here_never_recorded_as_sent()
    {
        await IngestSeedsAsync();
        var shown = await Paperbot.RunAsync("--db", Database, "digest", "--user", "discord/G1/111", "--dry-run", "--format", "json");
        var recorded = await Paperbot.RunAsync("--db", Database, "digest", "--user", "discord/G1/111");
        var again = await Paperbot.RunAsync("--db", Database, "digest", "--user", "discord/G1/111", "--dry-run", "--format", "json");

        Assert.Equal(1, recorded.Exit);
        Assert.Contains("discord/G1/111's digest is delivered by the bot on discord; add --dry-run", recorded.Error, StringComparison.Ordinal);
        Assert.Equal(0, shown.Exit);
        Assert.Equal("dm:discord/G1/111", JsonDocument.Parse(shown.Out).RootElement.GetProperty("target").GetString());
        Assert.NotEmpty(JsonDocument.Parse(shown.Out).RootElement.GetProperty("papers").EnumerateArray());
        // The refused run recorded nothing: the same papers are offered after it as before it.
        Assert.Equal(shown.Out, again.Out);
    }

    [Theory]
    [InlineData("slack//U1")]
    [InlineData("slack/T1")]
    [InlineData("a/b/c/d")]
    public async Task A_name_with_slashes_that_is_not_platform_workspace_id_is_refused_before_anything_runs(string name)
    {
        var recommend = await Paperbot.RunAsync("--db", Database, "recommend", "--user", name);
        var rate = await Paperbot.RunAsync("--db", Database, "rate", "--user", name, "--paper", "2401.00001", "--thumb", "up");

        Assert.NotEqual(0, recommend.Exit);
        Assert.Contains($"--user '{name}' is neither a name (dana), or platform/workspace/id", recommend.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, rate.Exit);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task An_import_row_whose_user_is_neither_form_is_reported_and_the_others_are_stored()
    {
        var (imported, listed) = await ImportAsync("Slack/T0001/U0002", "slack//U3");

        Assert.Contains("line 3: 'slack//U3' is neither a name nor platform/workspace/id", imported.Out + imported.Error, StringComparison.Ordinal);
        var rating = Assert.Single(listed.EnumerateArray());
        Assert.Equal("slack", rating.GetProperty("platform").GetString());
    }
}
