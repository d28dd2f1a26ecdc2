using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;
using PaperBot.Host.Output;
using Spectre.Console;

namespace PaperBot.Host.Cli;

/// <summary><c>paperbot digest</c>: one digest now, for a person or a channel of the terminal platform. The command line is
/// where it is delivered, so unless it is a dry run its papers count as received and the next digest will not repeat them.</summary>
public static class DigestCli
{
    public static Command Create(CliSession session)
    {
        var user = new Option<string>("--user") { Description = $"a person's DM digest: {CliUsers.Forms} (with --dry-run)" };
        CliUsers.Validate(user);
        var channel = new Option<string?>("--channel") { Description = "a channel's digest" };
        var dryRun = new Option<bool>("--dry-run") { Description = "show it without recording anything" };
        var format = GlobalOptions.Format();
        var command = new Command("digest", "Run one digest now") { user, channel, dryRun, format };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(user) is null) == (r.GetValue(channel) is null))
                r.AddError("Give either --user U or --channel C.");
        });
        command.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var person = parse.GetValue(user) is { } name ? CliUsers.Named(name) : null;
            if (person is not null && person.Platform != Platforms.Terminal && !parse.GetValue(dryRun))
            {
                // Recorded here, the papers would count as sent to them though they only reached this terminal.
                await session.Console.Error.WriteLineAsync($"error: {person}'s digest is delivered by the bot on {person.Platform}; add --dry-run to see it here");
                return 1;
            }
            var target = person is not null
                ? DigestTarget.Direct(person, person.Platform)
                : DigestTarget.Channel(Platforms.Terminal, Platforms.LocalWorkspace, parse.GetValue(channel)!);
            var existing = await services.GetRequiredService<ISubscriptionStore>().FindAsync(target.Key, ct);
            var subscription = existing ?? AdHocDigests.For(target, target.Person ?? UserRef.Terminal("cli"), null, now);
            var papers = services.GetRequiredService<IPaperStore>();
            var digest = await services.GetRequiredService<DigestComposer>().ComposeAsync(subscription, services.GetRequiredService<DigestCandidates>(), now, ct);
            if (!parse.GetValue(dryRun) && !digest.IsEmpty)
                await RecordAsync(services.GetRequiredService<IDigestLedger>(), existing, subscription, digest, now, ct);

            var titles = (await papers.FindManyAsync([.. digest.Papers], ct)).ToDictionary(p => p.Id, p => p.Title);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                await session.Console.WriteJsonAsync(new
                {
                    target = target.Key,
                    dryRun = parse.GetValue(dryRun),
                    papers = digest.Picks.Select(p => new { id = p.Paper.Value, title = titles[p.Paper], score = p.Score, reason = p.Reason }),
                }, ct);
                return 0;
            }
            session.Console.Ansi.MarkupLine(Markup.Escape(digest.Parts.Count > 0 ? digest.Parts[0].Text : "Nothing new."));
            var rank = 0;
            foreach (var pick in digest.Picks)
                session.Console.Ansi.MarkupLine($"{++rank,2}. [bold]{Markup.Escape(titles[pick.Paper])}[/] ({Markup.Escape(pick.Paper.Value)})\n    why: {Markup.Escape(pick.Reason)}");
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>Records the digest as delivered here, with its papers as received, in one transaction.</summary>
    private static async Task RecordAsync(IDigestLedger ledger, Subscription? existing, Subscription subscription, ComposedDigest digest, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = $"{subscription.Id}@cli:{now.UtcDateTime:O}";
        var delivered = Enumerable.Range(0, digest.Parts.Count).ToDictionary(i => i, i => $"cli:{id}#{i}");
        var item = new OutboxItem(id, subscription.Id, subscription.Target, now, digest.Parts, delivered, OutboxState.Delivered, 1, now, null, now);
        await ledger.CommitDigestAsync(item, digest.Papers, existing is null ? null : existing with { LastDigestAt = now }, cancellationToken);
    }
}
