using System.Collections.Concurrent;

namespace PaperBot.Ingestion.Tests;

/// <summary>Records reports as they are made (<see cref="Progress{T}"/> would post them later).</summary>
internal sealed class SynchronousProgress : IProgress<IngestProgress>
{
    public ConcurrentQueue<IngestProgress> Reports { get; } = new();

    public void Report(IngestProgress value) => Reports.Enqueue(value);
}
