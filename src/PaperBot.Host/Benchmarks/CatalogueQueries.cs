using System.Globalization;
using PaperBot.Core.Papers;

namespace PaperBot.Host.Benchmarks;

/// <summary>
/// The fixed query mix of <c>paperbot bench catalogue</c>, drawn from papers spread over the whole catalogue (a seeded
/// sample taken while the snapshot is written), in the shapes people type into <c>/papers search</c>.
/// </summary>
internal sealed class CatalogueQueries(int seed)
{
    /// <summary>Papers to draw the queries from: enough for variety, few enough to keep while a million stream past.</summary>
    private const int SampleSize = 4096;

    private readonly Random random = new(seed);
    private readonly List<Paper> sample = new(SampleSize);
    private int seen;

    /// <summary>Offers each paper of the catalogue in turn; a uniform sample of them is kept (reservoir sampling).</summary>
    public void Offer(Paper paper)
    {
        seen++;
        if (sample.Count < SampleSize)
            sample.Add(paper);
        else if (random.Next(seen) is var slot && slot < SampleSize)
            sample[slot] = paper;
    }

    /// <summary>
    /// <paramref name="count"/> queries: 30% three title words, 15% two, 15% one, 10% a quoted pair of neighbouring title
    /// words, 10% an author's name and a word, 10% two words in a year, 10% the first five words of a title
    /// (glue words and all, as pasted).
    /// </summary>
    public List<string> Take(int count)
    {
        var queries = new List<string>(count);
        while (queries.Count < count && sample.Count > 0)
        {
            var paper = sample[random.Next(sample.Count)];
            var words = paper.Title.Split(' ');
            var content = words.Where(w => w.Length > 3).ToArray();
            if (content.Length < 3)
                continue;
            var shape = random.Next(100);
            queries.Add(shape switch
            {
                < 30 => Words(content, 3),
                < 45 => Words(content, 2),
                < 60 => Words(content, 1),
                < 70 => Phrase(words),
                < 80 => $"author:\"{paper.Authors[random.Next(paper.Authors.Count)]}\" {Words(content, 1)}",
                < 90 => string.Create(CultureInfo.InvariantCulture, $"{Words(content, 2)} year:{paper.Published?.Year ?? 2024}"),
                _ => string.Join(' ', words.Take(5)),
            });
        }
        return queries;
    }

    private string Words(string[] words, int count) => string.Join(' ', random.GetItems(words, count));

    private string Phrase(string[] words)
    {
        var at = random.Next(words.Length - 1);
        return $"\"{words[at]} {words[at + 1]}\"";
    }
}
