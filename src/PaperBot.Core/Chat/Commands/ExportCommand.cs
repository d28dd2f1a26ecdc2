using System.Text.Json;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;

namespace PaperBot.Core.Chat.Commands;

/// <summary>A person's data, theirs to keep: every thumb and subscription as one JSON file.</summary>
public sealed class ExportCommand(IRatingStore ratings, ISubscriptionStore subscriptions, TimeProvider time) : ICommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static CommandDescriptor Definition { get; } = new("export", "Your ratings and subscriptions as a JSON file", []);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        var thumbs = await ratings.ForUserAsync(request.User, cancellationToken);
        var digests = await subscriptions.ForUserAsync(request.User, cancellationToken);
        var export = new
        {
            user = request.User.ToString(),
            exportedAt = time.GetUtcNow(),
            ratings = thumbs.Select(r => new { paper = r.Paper.Value, thumb = r.Thumb.Word(), r.Source, r.At }),
            subscriptions = digests.Select(s => new
            {
                target = s.Target.Key,
                time = s.Schedule.At.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                timeZone = s.Schedule.TimeZoneId,
                days = s.Schedule.Days.ToString(),
                s.Size, s.Topics, s.Exclude, s.Categories, s.NextDue, s.PausedReason,
            }),
        };
        var file = new ReplyFile($"paperbot-export-{request.User.Id}.json", "application/json", JsonSerializer.Serialize(export, Json));
        return Reply.WithFile($"Your data: {thumbs.Count} ratings and {digests.Count} subscriptions.", file);
    }
}
