using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PaperBot.Search.Analysis;
using PaperBot.Search.Indexing;
using PaperBot.Search.Querying;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests.Querying;

/// <summary>The bounded search must find exactly what Lucene's search of the same query finds, on an index of several
/// segments with deleted papers, words of every frequency, boosts, phrases (alone, or required with words that only
/// rank), coordination and both kinds of filter.</summary>
public sealed class BoundedDisjunctionTests : IDisposable
{
    private static readonly string[] Vocabulary =
        [.. Enumerable.Range(0, 60).Select(i => $"w{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}x")];

    private readonly RAMDirectory directory = new();
    private readonly PaperSimilarity similarity = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public BoundedDisjunctionTests()
    {
        var random = new Random(7);
        using (var analyzer = PaperAnalyzers.Create())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PaperAnalyzers.Version, analyzer)
               {
                   Similarity = similarity,
                   MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
               }))
        {
            for (var i = 0; i < 1200; i++)
            {
                var paper = PaperBuilder.Paper($"p{i} {Text(random, random.Next(2, 9))}", Text(random, random.Next(5, 80)),
                    authors: [$"Author {(char)('a' + random.Next(26))}"], published: new DateOnly(2020 + (i % 5), 1, 1));
                writer.AddDocument(PaperDocuments.Create(paper));
                if (i % 300 == 299)
                    writer.Commit();
            }
            writer.DeleteDocuments(new Term(PaperFields.Title, "p17"), new Term(PaperFields.Title, "p450"), new Term(PaperFields.Title, "p901"));
            writer.Commit();
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = similarity };
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    [Fact]
    public void The_index_has_several_segments_and_deletions()
    {
        Assert.True(reader.Leaves.Count >= 4);
        Assert.True(reader.HasDeletions);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(100)]
    public void Finds_what_Lucene_finds_for_words(int top)
    {
        var random = new Random(top);
        for (var i = 0; i < 150; i++)
            AssertSame(Words(random, random.Next(1, 7), coord: i % 4 != 0), filter: null, top);
    }

    [Fact]
    public void Finds_what_Lucene_finds_for_phrases_and_words_no_paper_has()
    {
        var random = new Random(11);
        for (var i = 0; i < 100; i++)
        {
            var query = Words(random, random.Next(1, 4), coord: true);
            query.Add(Pair(PaperFields.Title, Vocabulary[random.Next(8)], Vocabulary[random.Next(8)], boost: 2f), Occur.SHOULD);
            query.Add(new TermQuery(new Term(PaperFields.Abstract, "nowhere")), Occur.SHOULD);
            AssertSame(query, filter: null, 10);
        }
    }

    [Fact]
    public void Finds_what_Lucene_finds_for_a_required_phrase_with_words_that_only_rank()
    {
        var random = new Random(13);
        var bitSets = new CachingWrapperFilter(new QueryWrapperFilter(NumericRangeQuery.NewInt32Range(PaperFields.Year, 2020, 2022, true, true)));
        var stepped = new QueryWrapperFilter(new TermQuery(new Term(PaperFields.Authors, "e")));
        for (var i = 0; i < 150; i++)
        {
            var (first, second) = (Vocabulary[random.Next(12)], Vocabulary[random.Next(12)]);
            Query required = i % 3 == 0
                ? new TermQuery(new Term(PaperFields.Abstract, first))
                : new BooleanQuery(disableCoord: true)
                {
                    { Pair(PaperFields.Title, first, second, boost: 2f), Occur.SHOULD },
                    { Pair(PaperFields.Abstract, first, second, boost: 1f), Occur.SHOULD },
                };
            var query = new BooleanQuery(disableCoord: true)
            {
                { required, Occur.MUST },
                { Words(random, random.Next(1, 5), coord: true), Occur.SHOULD },
            };
            // Lucene sums the words in another order here too.
            AssertSame(query, (i % 4) switch { 1 => bitSets, 3 => stepped, _ => null }, i % 2 == 0 ? 10 : 30, exactOrder: false);
        }
    }

    [Fact]
    public void Finds_what_Lucene_finds_with_a_bit_set_filter_and_with_a_filter_stepped_through()
    {
        var random = new Random(5);
        var bitSets = new CachingWrapperFilter(new QueryWrapperFilter(NumericRangeQuery.NewInt32Range(PaperFields.Year, 2021, 2022, true, true)));
        var stepped = new QueryWrapperFilter(new TermQuery(new Term(PaperFields.Authors, "c")));
        Assert.InRange(searcher.Search(new MatchAllDocsQuery(), stepped, 1).TotalHits, 10, 200);
        for (var i = 0; i < 100; i++)
        {
            var query = Words(random, random.Next(1, 5), coord: true);
            AssertSame(query, i % 2 == 0 ? bitSets : stepped, 10);
        }
    }

    [Fact]
    public void A_list_longer_than_the_catalogue_holds_every_match()
    {
        var query = Words(new Random(3), 2, coord: true);

        AssertSame(query, filter: null, int.MaxValue);
    }

    [Fact]
    public void Leaves_other_queries_to_Lucene()
    {
        var required = new BooleanQuery { { new TermQuery(new Term(PaperFields.Title, Vocabulary[0])), Occur.MUST } };
        var boosted = new BooleanQuery { { new TermQuery(new Term(PaperFields.Title, Vocabulary[0])), Occur.SHOULD } };
        boosted.Boost = 3f;

        Assert.Null(BoundedDisjunction.TrySearch(searcher, required, null, 10));
        Assert.Null(BoundedDisjunction.TrySearch(searcher, boosted, null, 10));
        Assert.Null(BoundedDisjunction.TrySearch(searcher, new TermQuery(new Term(PaperFields.Title, Vocabulary[0])), null, 10));
        var twoPhrases = new BooleanQuery(disableCoord: true)
        {
            { Pair(PaperFields.Title, Vocabulary[0], Vocabulary[1], boost: 1f), Occur.MUST },
            { Pair(PaperFields.Title, Vocabulary[2], Vocabulary[3], boost: 1f), Occur.MUST },
        };
        Assert.Null(BoundedDisjunction.TrySearch(searcher, twoPhrases, null, 10));
    }

    /// <summary>Zipf-like: the first words are in most papers, the last in a few.</summary>
    private static string Text(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[(int)(Vocabulary.Length * Math.Pow(random.NextDouble(), 3))]));

    private static PhraseQuery Pair(string field, string first, string second, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        phrase.Add(new Term(field, first));
        phrase.Add(new Term(field, second));
        return phrase;
    }

    private static BooleanQuery Words(Random random, int words, bool coord)
    {
        var query = new BooleanQuery(disableCoord: !coord);
        foreach (var word in Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).Distinct())
        {
            query.Add(new TermQuery(new Term(PaperFields.Title, word)) { Boost = 2f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(PaperFields.Abstract, word)), Occur.SHOULD);
        }
        return query;
    }

    /// <summary>The same scores in the same order; with a filter Lucene sums in another order, so papers tied
    /// there may change places, and those tied with the last one are compared by score only.</summary>
    private void AssertSame(BooleanQuery query, Filter? filter, int top, bool exactOrder = true)
    {
        var expected = searcher.Search(query, filter, top).ScoreDocs;
        var actual = BoundedDisjunction.TrySearch(searcher, query, filter, top);

        Assert.NotNull(actual);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i].Score, actual[i].Score, 1e-5f);
        var last = expected.Length == 0 ? 0 : expected[^1].Score;
        if (filter is null && exactOrder)
            Assert.Equal(expected.Select(h => h.Doc), actual.Select(h => h.Doc));
        else
            Assert.Equal(AboveLast(expected, last), AboveLast(actual, last));
    }

    private static IEnumerable<int> AboveLast(ScoreDoc[] hits, float last) =>
        hits.Where(h => h.Score > last + 1e-4).OrderByDescending(h => MathF.Round(h.Score, 3)).ThenBy(h => h.Doc).Select(h => h.Doc);
}
