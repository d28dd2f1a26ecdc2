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
    public void Wrong_arguments_are_refused_before_anything_runs(params string[] args) =>
        Assert.NotEmpty(PaperBotCli.Build(new LocalSession(CliConsole.OfThisProcess())).Parse(args).Errors);
}
