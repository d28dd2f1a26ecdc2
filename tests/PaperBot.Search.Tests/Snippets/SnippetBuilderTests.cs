using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using PaperBot.Search.Analysis;
using PaperBot.Search.Indexing;
using PaperBot.Search.Snippets;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests.Snippets;

public sealed class SnippetBuilderTests : IDisposable
{
    private readonly Analyzer analyzer = PaperAnalyzers.Create();

    public void Dispose() => analyzer.Dispose();

    [Fact]
    public void Marks_words_whose_stems_match_the_query_terms()
    {
        var snippet = Build("We train spiking networks with surrogate gradients.", "spike network");

        Assert.Equal("We train **spiking** **networks** with surrogate gradients.", snippet);
    }

    [Fact]
    public void Cuts_around_the_densest_cluster_of_matches_at_word_boundaries()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 30));
        var text = $"Diffusion appears once here. {filler} A diffusion model with guidance is a model of diffusion. {filler}";

        var snippet = Build(text, "diffusion models");

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("A **diffusion** **model** with guidance is a **model** of **diffusion**.", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("appears", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Replace("**", "", StringComparison.Ordinal).Length, 100, SnippetBuilder.MaxLength + 2);
        Assert.All(snippet.Trim('…').Split(' '), word => Assert.Contains(word.Trim('*', '.'), text, StringComparison.Ordinal));
    }

    [Fact]
    public void Prefers_a_window_with_more_distinct_terms_over_one_term_repeated()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem ipsum", 40));
        var text = $"graph graph graph graph graph. {filler} Only here a graph meets contrastive learning. {filler}";

        var snippet = Build(text, "graphs contrastive learn");

        Assert.Contains("a **graph** meets **contrastive** **learning**.", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_the_start_when_nothing_in_the_text_matches()
    {
        var text = string.Join(' ', Enumerable.Repeat("Abstract words without the query.", 20));

        var snippet = Build(text, "quantum");

        Assert.StartsWith("Abstract words without", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("**", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= SnippetBuilder.MaxLength + 1);
    }

    [Fact]
    public void Keeps_a_short_text_whole_on_one_line()
    {
        Assert.Equal("A **robot** learns\tnothing.".Replace('\t', ' '), Build("A robot\n  learns\tnothing.", "robot"));
    }

    [Fact]
    public void Gives_nothing_for_an_empty_text() => Assert.Equal("", Build("  ", "robot"));

    /// <summary>The snippet for a search of <paramref name="query"/> (its words analyzed as the index does) in a paper
    /// whose abstract is <paramref name="text"/>, with the matches read from an index of that paper.</summary>
    private string Build(string text, string query)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PaperAnalyzers.Version, analyzer)))
            writer.AddDocument(PaperDocuments.Create(PaperBuilder.Paper("A title", text)));
        using var reader = DirectoryReader.Open(directory);
        var terms = analyzer.Terms(PaperFields.Abstract, query).Select(t => t.Text).ToHashSet();
        return SnippetBuilder.Build(text, IndexedMatches.Find(reader, [0], terms)[0]);
    }
}
