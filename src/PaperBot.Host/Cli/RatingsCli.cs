using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Ratings;

namespace PaperBot.Host.Cli;

public static class RatingsCli
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV with the header user,paper,thumb (paper ids) or user,title,thumb (exact titles); thumb is up or down" };
        var import = new Command("import", "Import thumbs from a CSV file; bad rows are reported by line and skipped") { file };
        import.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse, async (services, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"error: {path.FullName} does not exist");
                return 1;
            }
            using var reader = path.OpenText();
            var result = await services.GetRequiredService<RatingImporter>().ImportAsync(reader, CliUsers.Named, "import", ct);
            foreach (var problem in result.Problems)
                Console.WriteLine($"skipped {path.Name}: {problem}");
            Console.WriteLine($"stored {result.Stored} thumbs, skipped {result.Problems.Count} rows");
            return result.Stored == 0 && result.Problems.Count > 0 ? 1 : 0;
        }, cancellationToken));

        var command = new Command("ratings", "Manage thumbs");
        command.Subcommands.Add(import);
        return command;
    }
}
