namespace PaperBot.Recommender.Content;

/// <summary>English function words that carry no topic; the usual short list.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(
        """
        a about above after again against all also am an and any are as at be because been before being below
        between both but by can could did do does doing down during each few for from further had has have having
        he her here hers herself him himself his how however i if in into is it its itself just me more most my
        myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
        such than that the their theirs them themselves then there these they this those through to too under until
        up very was we were what when where which while who whom why will with would you your yours yourself
        yourselves via thus using use used based show shows shown propose proposed new paper approach method
        methods work results however well many much may might must one two three first second et al etc among
        within without across toward towards upon whether either neither yet still even ever
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = Words.GetAlternateLookup<ReadOnlySpan<char>>();
}
