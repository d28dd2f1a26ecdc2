using PaperBot.Core.Papers;

namespace PaperBot.Core.Search;

/// <param name="Snippet">A short piece of the abstract (or title) around the matched words, the words marked with <c>**</c>.</param>
public sealed record SearchHit(PaperId Id, string Title, double Score, string Snippet);
