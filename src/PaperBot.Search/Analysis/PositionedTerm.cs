namespace PaperBot.Search.Analysis;

/// <summary>An analyzed term and its position in the text it came from.</summary>
internal readonly record struct PositionedTerm(string Text, int Position);
