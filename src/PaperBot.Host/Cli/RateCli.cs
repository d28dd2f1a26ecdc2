using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;

namespace PaperBot.Host.Cli;

public static class RateCli
{
    public static Command Create(CliSession session)
    {
        var user = CliUsers.UserOption("who rates");
        var paper = new Option<string>("--paper") { Description = "the paper id (e.g. 2305.12345)", Required = true };
        var thumb = new Option<string>("--thumb") { Description = "up or down", Required = true };
        thumb.Validators.Add(r => { if (!ThumbText.TryParse(r.GetValue(thumb), out _)) r.AddError($"--thumb must be up or down, not '{r.GetValue(thumb)}'."); });
        paper.Validators.Add(r => { if (!PaperId.TryParse(r.GetValue(paper), out _)) r.AddError($"--paper '{r.GetValue(paper)}' is not a paper id."); });
        var command = new Command("rate", "Give one paper a thumb up or down") { user, paper, thumb };
        command.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            // Both were checked by the option validators before the action runs.
            _ = PaperId.TryParse(parse.GetValue(paper), out var id);
            _ = ThumbText.TryParse(parse.GetValue(thumb), out var value);
            var rated = await services.GetRequiredService<RatingService>().RecordAsync(CliUsers.Named(parse.GetValue(user)!)!, id, value, RatingSources.Command, ct);
            if (rated is null)
            {
                await session.Console.Error.WriteLineAsync($"error: no paper {id} in the catalogue");
                return 1;
            }
            session.Console.Out.WriteLine($"{value.Emoji()} {rated.Title}");
            return 0;
        }, cancellationToken));
        return command;
    }
}
