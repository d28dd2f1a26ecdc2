using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Synthetic;

/// <summary>
/// Writes papers (the synthetic catalogue's, say) as an arXiv bulk metadata snapshot (JSON lines with every field of
/// <c>arxiv-metadata-oai-snapshot.json</c>), streamed, so the benchmarks can feed a million papers through
/// <c>paperbot ingest</c>. As in the real file, titles and abstracts are wrapped over indented lines and the dates of
/// <c>versions</c> are RFC 1123.
/// </summary>
public static class SyntheticSnapshot
{
    private const int WrapColumn = 80;

    /// <summary>Writes one record per paper to <paramref name="path"/> (<paramref name="seed"/> draws the fields a
    /// <see cref="Paper"/> lacks: comments, versions); returns the file's size in bytes.</summary>
    public static async Task<long> WriteAsync(string path, IEnumerable<Paper> papers, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(papers);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        var line = new ArrayBufferWriter<byte>(4096);
        await using var json = new Utf8JsonWriter(line);
        var random = new Random(seed);
        foreach (var paper in papers)
        {
            line.ResetWrittenCount();
            json.Reset();
            Write(json, paper, random);
            await json.FlushAsync(cancellationToken);
            line.Write("\n"u8);
            await file.WriteAsync(line.WrittenMemory, cancellationToken);
        }
        return file.Length;
    }

    private static void Write(Utf8JsonWriter json, Paper paper, Random random)
    {
        var published = paper.Published ?? new DateOnly(2024, 1, 1);
        json.WriteStartObject();
        json.WriteString("id", paper.Id.Value);
        json.WriteString("submitter", paper.Authors[0]);
        json.WriteString("authors", string.Join(", ", paper.Authors));
        json.WriteString("title", Wrapped(paper.Title));
        json.WriteString("comments", string.Create(CultureInfo.InvariantCulture, $"{random.Next(4, 40)} pages, {random.Next(1, 12)} figures"));
        json.WriteNull("journal-ref");
        json.WriteNull("doi");
        json.WriteNull("report-no");
        json.WriteString("categories", string.Join(' ', paper.Categories));
        json.WriteString("license", "http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
        json.WriteString("abstract", "  " + Wrapped(paper.Abstract) + "\n");
        json.WriteStartArray("versions");
        var versions = random.Next(1, 4);
        for (var v = 0; v < versions; v++)
        {
            json.WriteStartObject();
            json.WriteString("version", string.Create(CultureInfo.InvariantCulture, $"v{v + 1}"));
            var created = published.AddDays(v * 30).ToDateTime(new TimeOnly(random.Next(24), random.Next(60), random.Next(60)));
            json.WriteString("created", created.ToString("r", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("update_date", published.AddDays((versions - 1) * 30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("authors_parsed");
        foreach (var author in paper.Authors)
        {
            var space = author.LastIndexOf(' ');
            json.WriteStartArray();
            json.WriteStringValue(author[(space + 1)..]);
            json.WriteStringValue(space < 0 ? "" : author[..space]);
            json.WriteStringValue("");
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Lines of at most about <see cref="WrapColumn"/> characters, joined by a newline and two spaces.</summary>
    private static string Wrapped(string text)
    {
        var wrapped = new StringBuilder(text.Length + (text.Length / WrapColumn * 3));
        var column = 0;
        foreach (var word in text.Split(' '))
        {
            if (column > 0 && column + word.Length > WrapColumn)
            {
                wrapped.Append("\n  ");
                column = 0;
            }
            else if (column > 0)
            {
                wrapped.Append(' ');
            }
            wrapped.Append(word);
            column += word.Length + 1;
        }
        return wrapped.ToString();
    }
}
