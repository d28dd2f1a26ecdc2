using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Host.Output;
using PaperBot.Ingestion;
using Spectre.Console;

namespace PaperBot.Host.Cli;

public static class IngestCli
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "files, folders, or http(s) URLs of seed pages, arXiv Atom feeds or Hugging Face daily-papers JSON",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Add papers to the catalogue; the same input twice adds nothing") { inputs };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse, async (services, ct) =>
        {
            var ingestor = services.GetRequiredService<CatalogueIngestor>();
            var summary = await services.GetRequiredService<ProgressReporter>().RunAsync(report =>
                ingestor.IngestAsync(parse.GetValue(inputs) ?? [], new StageProgress(report), ct));
            Print(summary);
            if (!summary.NothingRead)
                return 0;
            await Console.Error.WriteLineAsync("error: no paper could be read from the inputs; the catalogue is unchanged.");
            return 1;
        }, cancellationToken));
        return command;
    }

    private static void Print(IngestSummary summary)
    {
        var table = new Table().AddColumns("input", "format", "papers", "problems");
        foreach (var input in summary.Inputs)
            table.AddRow(Markup.Escape(input.Origin), Markup.Escape(input.Format ?? "—"), $"{input.PapersRead}", input.Ok ? $"{input.Problems}" : "[yellow]not read[/]");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"read {summary.Read} ({summary.Duplicates} duplicates), new {summary.New}, merged {summary.Merged}, unchanged {summary.Unchanged}, rejected {summary.Rejected}");
        foreach (var problem in summary.Problems)
            AnsiConsole.MarkupLine($"[yellow]rejected[/] {Markup.Escape(problem.ToString())}");
    }

    private sealed class StageProgress(IProgress<ProgressStep> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) =>
            report.Report(new ProgressStep(value.Stage == IngestStage.Reading ? "Reading inputs" : "Saving and indexing papers", value.Done, value.Total));
    }
}
