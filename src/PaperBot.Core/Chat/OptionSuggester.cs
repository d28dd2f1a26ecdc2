using PaperBot.Core.Papers;
using PaperBot.Core.Search;

namespace PaperBot.Core.Chat;

/// <summary>Answers autocomplete: the time zones that contain what was typed, or the papers whose id starts with it or
/// whose text matches it. Platforms cap the list (Discord: 25), and names are cut to their limit by the adapter.</summary>
public sealed class OptionSuggester(IPaperIndex index, IPaperStore papers)
{
    public const int MaxSuggestions = 25;

    private static readonly Lazy<IReadOnlyList<string>> ZoneIds = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : z.Id)
            .Append("UTC").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(Suggestions kind, string typed, CancellationToken cancellationToken = default)
    {
        typed = (typed ?? "").Trim();
        return kind switch
        {
            Suggestions.TimeZones => TimeZonesMatching(typed),
            Suggestions.Papers => await PapersMatchingAsync(typed, cancellationToken),
            _ => [],
        };
    }

    private static List<Suggestion> TimeZonesMatching(string typed) =>
        ZoneIds.Value.Where(id => id.Contains(typed.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase))
            .OrderBy(id => id.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(MaxSuggestions).Select(id => new Suggestion(id, id)).ToList();

    private async Task<IReadOnlyList<Suggestion>> PapersMatchingAsync(string typed, CancellationToken cancellationToken)
    {
        if (typed.Length == 0)
            return [];
        if (PaperId.TryParse(typed, out var id) && await papers.FindAsync(id, cancellationToken) is { } exact)
            return [Of(exact.Id, exact.Title)];
        var hits = await index.SearchAsync(typed, MaxSuggestions, cancellationToken);
        return hits.Select(h => Of(h.Id, h.Title)).ToList();
    }

    private static Suggestion Of(PaperId id, string title) => new($"{id.Value} · {title}", id.Value);
}
