using PaperBot.Core.Chat;

namespace PaperBot.Core.Tests.Chat;

public sealed class CommandLineTests
{
    private static readonly CommandDescriptor Search = new("search", "Search", [new("query", "words", Required: true, TakesRest: true), new("top", "how many")]);

    [Fact]
    public void Reads_the_subcommand_and_keeps_quoted_phrases_whole()
    {
        var (command, words) = CommandLine.Read("search \"graph neural\" networks top:3");
        Assert.Equal("search", command);
        Assert.Equal(["\"graph neural\"", "networks", "top:3"], words);
    }

    [Fact]
    public void A_bare_root_means_help_and_other_text_is_not_a_command()
    {
        Assert.True(CommandLine.TryStripRoot("/papers", out var rest));
        Assert.Equal("help", CommandLine.Read(rest).Command);
        Assert.True(CommandLine.TryStripRoot("/PAPERS search x", out rest));
        Assert.Equal("search x", rest);
        Assert.False(CommandLine.TryStripRoot("papers search x", out _));
        Assert.False(CommandLine.TryStripRoot("/papersearch x", out _));
    }

    [Fact]
    public void Named_options_bind_by_name_and_the_rest_goes_to_the_query()
    {
        var (_, words) = CommandLine.Read("search author:lecun \"self supervised\" top:3");
        Assert.True(CommandLine.TryBind(Search, words, CommandLine.Root, out var args, out _));
        Assert.Equal("3", args["top"]);
        // author: is not an option of the command, so it stays in the query for the search language.
        Assert.Equal("author:lecun \"self supervised\"", args["query"]);
    }

    [Fact]
    public void A_missing_required_option_names_it_and_shows_usage()
    {
        Assert.False(CommandLine.TryBind(Search, ["top:3"], "/lit", out _, out var error));
        Assert.Contains("query", error, StringComparison.Ordinal);
        // The usage names the command as the platform calls it.
        Assert.Contains("/lit search <query>", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_a_command_does_not_take_are_refused()
    {
        var help = new CommandDescriptor("help", "Help", []);
        Assert.False(CommandLine.TryBind(help, ["extra"], CommandLine.Root, out _, out var error));
        Assert.Contains("extra", error, StringComparison.Ordinal);
    }
}
