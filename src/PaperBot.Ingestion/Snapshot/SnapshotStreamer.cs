using System.Text;
using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Snapshot;

/// <summary>What streaming one snapshot file read and did.</summary>
internal sealed record SnapshotOutcome(int Read, int OutsideCategories, IReadOnlyList<IngestProblem> Problems, CatalogueChange Change);

/// <summary>
/// Reads a snapshot file line by line and stores its papers a chunk at a time, so memory holds one chunk, not the
/// file. Each chunk is merged with the catalogue and committed before the next is read: an interrupted ingest keeps
/// every chunk it finished, and running it again writes only what is missing or changed, since unchanged stored
/// papers are recognised by id and skipped (the rerun still reads the whole file and looks up every id).
/// </summary>
internal sealed class SnapshotStreamer(CatalogueUpdater updater, int chunkSize)
{
    private const int ProgressEveryLines = 1000;

    public async Task<SnapshotOutcome> IngestAsync(string path, CategoryFilter categories, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        await using var file = SnapshotFile.Open(path);
        await using var content = SnapshotFile.Decompressed(file, path);
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var totalKiB = ToKiB(file.Length);
        var problems = new List<IngestProblem>();
        var chunk = new List<Paper>(chunkSize);
        var change = CatalogueChange.None;
        int number = 0, read = 0, outside = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            // The file is read ahead of the lines, so its end is reported once, after the last line, not here.
            if (number % ProgressEveryLines == 0 && ToKiB(file.Position) is var done && done < totalKiB)
                progress?.Report(new IngestProgress(IngestStage.Streaming, done, totalKiB));
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (!ArxivSnapshotRecord.TryRead(line, out var paper, out var reason))
            {
                problems.Add(new IngestProblem(path, number, reason));
                continue;
            }
            read++;
            if (!categories.Matches(paper.Categories))
            {
                outside++;
                continue;
            }
            chunk.Add(paper);
            if (chunk.Count < chunkSize)
                continue;
            change = change.Then(await updater.StoreAsync(chunk, null, cancellationToken));
            chunk = new List<Paper>(chunkSize);
        }
        if (chunk.Count > 0)
            change = change.Then(await updater.StoreAsync(chunk, null, cancellationToken));
        progress?.Report(new IngestProgress(IngestStage.Streaming, totalKiB, totalKiB));
        return new SnapshotOutcome(read, outside, problems, change);
    }

    // Progress counts are ints; kibibytes keep a file of hundreds of gigabytes within them (rounded up: a tiny file is 1).
    private static int ToKiB(long bytes) => (int)Math.Min(int.MaxValue, (bytes + 1023) / 1024);
}
