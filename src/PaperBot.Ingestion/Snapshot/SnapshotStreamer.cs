using System.Text;
using System.Threading.Channels;
using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Snapshot;

/// <summary>What streaming one snapshot file read and did.</summary>
internal sealed record SnapshotOutcome(int Read, int OutsideCategories, IReadOnlyList<IngestProblem> Problems, CatalogueChange Change);

/// <summary>
/// Reads a snapshot file line by line and stores its papers a chunk at a time, so memory holds a few chunks, not the
/// file: one being parsed on its own thread while the one before is stored (parsing is a fifth of the work, and
/// would otherwise leave a core idle). Each chunk is merged with the catalogue and saved before the next; the index is
/// committed as <see cref="CatalogueStream"/> says. An interrupted ingest keeps every chunk it saved, and running it
/// again writes only what is missing or changed, since unchanged stored papers are recognised by id and skipped (the
/// rerun still reads the whole file and looks up every id).
/// </summary>
internal sealed class SnapshotStreamer(CatalogueUpdater updater, IngestionOptions options)
{
    private const int ProgressEveryLines = 1000;

    private sealed record Lines(int Read, int Outside, List<IngestProblem> Problems);

    public async Task<SnapshotOutcome> IngestAsync(string path, CategoryFilter categories, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var stream = await CatalogueStream.StartAsync(updater, options.SnapshotCommitEvery, options.SnapshotCompactAfter, cancellationToken);
        // One chunk waits while one is stored and the next is parsed.
        var chunks = Channel.CreateBounded<List<Paper>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(path, categories, progress, chunks.Writer, stopReading.Token), stopReading.Token);
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
                await stream.StoreAsync(chunk, cancellationToken);
            await stream.CompleteAsync(progress, cancellationToken);
        }
        catch
        {
            // Storing failed (or reading did, through the channel): the reader stops, and this failure is the one reported.
            await stopReading.CancelAsync();
            await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        var lines = await reading;
        return new SnapshotOutcome(lines.Read, lines.Outside, lines.Problems, stream.Change);
    }

    private async Task<Lines> ReadAsync(string path, CategoryFilter categories, IProgress<IngestProgress>? progress, ChannelWriter<List<Paper>> chunks,
        CancellationToken cancellationToken)
    {
        var chunkSize = Math.Max(1, options.SnapshotChunkSize);
        try
        {
            await using var file = SnapshotFile.Open(path);
            await using var content = SnapshotFile.Decompressed(file, path);
            using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var totalKiB = ToKiB(file.Length);
            var problems = new List<IngestProblem>();
            var chunk = new List<Paper>(chunkSize);
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
                await chunks.WriteAsync(chunk, cancellationToken);
                chunk = new List<Paper>(chunkSize);
            }
            if (chunk.Count > 0)
                await chunks.WriteAsync(chunk, cancellationToken);
            progress?.Report(new IngestProgress(IngestStage.Streaming, totalKiB, totalKiB));
            chunks.Complete();
            return new Lines(read, outside, problems);
        }
        catch (Exception e)
        {
            chunks.TryComplete(e);
            throw;
        }
    }

    // Progress counts are ints; kibibytes keep a file of hundreds of gigabytes within them (rounded up: a tiny file is 1).
    private static int ToKiB(long bytes) => (int)Math.Min(int.MaxValue, (bytes + 1023) / 1024);
}
