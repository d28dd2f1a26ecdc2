using PaperBot.Core.Monitoring;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Ratings;

/// <summary>Imports thumbs from CSV with the header <c>user,paper,thumb</c> (a paper id) or <c>user,title,thumb</c> (the exact title).
/// A malformed row or an unknown paper is reported with its line and skipped; the good rows are stored in one transaction.</summary>
public sealed class RatingImporter(PaperLookup lookup, IRatingStore ratings, PaperBotMetrics metrics, TimeProvider time)
{
    public async Task<RatingImport> ImportAsync(TextReader csv, Func<string, UserRef?> userFor, string source = "import", CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var records = CsvRecords.Read(csv).Where(r => r.Fields is not [""]).ToList();
        if (records.Count == 0)
            return new RatingImport(0, ["the file is empty; expected the header user,paper,thumb or user,title,thumb"]);

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var byTitle = header is ["user", "title", "thumb"];
        if (!byTitle && header is not ["user", "paper", "thumb"])
            return new RatingImport(0, [$"line {records[0].Line}: the header must be user,paper,thumb or user,title,thumb, not {string.Join(',', records[0].Fields)}"]);

        var rows = new List<(int Line, string User, string Paper, Thumb Thumb)>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != 3)
                problems.Add($"line {line}: expected 3 fields, found {fields.Count}");
            else if (string.IsNullOrWhiteSpace(fields[0]))
                problems.Add($"line {line}: the user is empty");
            else if (!ThumbText.TryParse(fields[2], out var thumb))
                problems.Add($"line {line}: thumb must be up or down, not '{fields[2]}'");
            else
                rows.Add((line, fields[0].Trim(), fields[1].Trim(), thumb));
        }

        var resolved = await lookup.ResolveAsync(rows.Select(r => r.Paper), cancellationToken);
        var now = time.GetUtcNow();
        var accepted = new Dictionary<(UserRef, PaperId), Rating>();
        foreach (var row in rows)
        {
            if (!resolved.TryGetValue(row.Paper.Trim(), out var id))
            {
                problems.Add($"line {row.Line}: no paper {(byTitle ? "titled" : "with id")} '{row.Paper}' in the catalogue");
                continue;
            }
            if (userFor(row.User) is not { } user)
            {
                problems.Add($"line {row.Line}: '{row.User}' is neither a name nor platform/workspace/id");
                continue;
            }
            // A later row for the same user and paper wins, as a later thumb does.
            accepted[(user, id)] = new Rating(user, id, row.Thumb, source, now);
        }
        if (accepted.Count > 0)
        {
            await ratings.SetManyAsync(accepted.Values, cancellationToken);
            foreach (var platform in accepted.Values.GroupBy(r => r.User.Platform, StringComparer.Ordinal))
                metrics.RatingStored(platform.Key, source, platform.Count());
        }
        return new RatingImport(accepted.Count, problems);
    }
}
