namespace PaperBot.Recommender.Content;

/// <summary>A paper as the recommender sees it, computed once per paper.</summary>
/// <param name="Text">TF-IDF of title, abstract and authors (unigrams and bigrams, sublinear tf, unit length).</param>
/// <param name="Terms">The strongest words and phrases of <paramref name="Text"/> (authors left out), unit length: the factorization machine's terms field.</param>
/// <param name="Meta">Authors and categories, unit length: the factorization machine's metadata field.</param>
internal sealed record PaperFeatures(SparseVector Text, SparseVector Terms, SparseVector Meta);
