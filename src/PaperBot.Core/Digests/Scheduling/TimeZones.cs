namespace PaperBot.Core.Digests.Scheduling;

/// <summary>Finds a zone by IANA name or Windows name, without letting typed text reach the file system
/// as a path: on Linux the zone id is a file name under /usr/share/zoneinfo.</summary>
internal static class TimeZones
{
    public const string Utc = "UTC";

    public static bool TryFind(string? text, out TimeZoneInfo zone, out string canonicalId)
    {
        zone = TimeZoneInfo.Utc;
        canonicalId = "";
        var id = text?.Trim() ?? "";
        if (!LooksLikeZoneId(id))
            return false;
        if (id.Equals("UTC", StringComparison.OrdinalIgnoreCase) || id.Equals("GMT", StringComparison.OrdinalIgnoreCase)
            || id.Equals("Z", StringComparison.OrdinalIgnoreCase))
        {
            canonicalId = Utc;
            return true;
        }
        // Windows names are stored as their IANA equivalent, so every host reads them the same way.
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana))
            id = iana;
        // Linux file names are case-sensitive, but "europe/berlin" is what people type. Listing every zone to match
        // case-insensitively costs seconds, so only the usual capitalisation is tried.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) && !TimeZoneInfo.TryFindSystemTimeZoneById(Capitalised(id), out found))
            return false;
        zone = found;
        canonicalId = found.Id;
        return true;
    }

    /// <summary>Letters, digits and the punctuation of real zone names (Etc/GMT+5, America/Port-au-Prince,
    /// "W. Europe Standard Time"); never "..", nor a leading slash.</summary>
    private static bool LooksLikeZoneId(string id) =>
        id.Length is > 0 and <= 64
        && !id.StartsWith('/')
        && !id.Contains("..", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+' or ' ' or '.');

    private static string Capitalised(string id)
    {
        var chars = id.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '/' or '_' or '-')
                chars[i] = char.ToUpperInvariant(chars[i]);
        }
        return new string(chars);
    }
}
