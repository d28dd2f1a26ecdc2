using System.CommandLine;

namespace PaperBot.Host.Cli;

public static class GlobalOptions
{
    public static Option<string?> Database { get; } = new("--db")
    {
        Description = "The LiteDB file (default data/paperbot.db; also Storage:Path or PAPERBOT_Storage__Path)",
        Recursive = true,
    };

    public static Option<Output.OutputFormat> Format() => new("--format")
    {
        Description = "text (a readable table) or json",
        DefaultValueFactory = _ => Output.OutputFormat.Text,
    };
}
