namespace PaperBot.Search.Snippets;

/// <summary>Where an analyzed query term occurs in a text: characters <see cref="Start"/> to <see cref="End"/>.</summary>
internal readonly record struct TextMatch(int Start, int End, string Term);
