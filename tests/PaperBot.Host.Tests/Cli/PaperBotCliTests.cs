using PaperBot.Host.Cli;
using PaperBot.Host.Output;

namespace PaperBot.Host.Tests.Cli;

public sealed class PaperBotCliTests
{
    [Theory]
    [InlineData()]
    [InlineData("--db", "x.db")]
    [InlineData("run")]
    public void No_command_means_run_so_the_readme_command_starts_the_bot(params string[] args)
    {
        var parse = PaperBotCli.Build(new LocalSession(CliConsole.OfThisProcess())).Parse(args);
        Assert.Empty(parse.Errors);
        Assert.NotNull(parse.Action);
    }

    [Theory]
    [InlineData("search", "q", "--top", "0")]
    [InlineData("rate", "--user", "u", "--paper", "nope", "--thumb", "up")]
    [InlineData("rate", "--user", "u", "--paper", "2401.00001", "--thumb", "sideways")]
    [InlineData("digest", "--user", "u", "--channel", "c")]
    [InlineData("digest")]
    [InlineData("recommend")]
    [InlineData("health", "--url", "ftp://127.0.0.1/healthz")]
    [InlineData("health", "--url", "not an address")]
    public void Wrong_arguments_are_refused_before_anything_runs(params string[] args) =>
        Assert.NotEmpty(PaperBotCli.Build(new LocalSession(CliConsole.OfThisProcess())).Parse(args).Errors);

    [Fact]
    public void Health_takes_the_listener_address_as_given()
    {
        var parse = PaperBotCli.Build(new LocalSession(CliConsole.OfThisProcess())).Parse(["health", "--url", "http://127.0.0.1:18080/healthz"]);

        Assert.Empty(parse.Errors);
        Assert.Equal(new Uri("http://127.0.0.1:18080/healthz"), parse.GetValue<Uri>("--url"));
    }
}
