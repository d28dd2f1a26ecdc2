using Lucene.Net.Search;

namespace PaperBot.Search.Querying;

/// <param name="Query">What a paper must match, and its score.</param>
/// <param name="Filter">The <c>author:</c> and <c>year:</c> conditions, which narrow without changing scores.</param>
/// <param name="Narrow">A cheaper query that finds the candidates when the words include common ones; the candidates
/// are then scored with <paramref name="Query"/>.</param>
/// <param name="Proximity">A bonus for the words standing together, given to the best candidates.</param>
/// <param name="HighlightTerms">The analyzed terms to mark in snippets.</param>
internal sealed record CompiledQuery(Query Query, Filter? Filter, Query? Narrow, ProximityBonus? Proximity, IReadOnlySet<string> HighlightTerms);
