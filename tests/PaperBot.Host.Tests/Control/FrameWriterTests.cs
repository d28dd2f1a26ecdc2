using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperBot.Host.Control;
using PaperBot.Host.Output;
using PaperBot.Host.Tests.Terminal;

namespace PaperBot.Host.Tests.Control;

/// <summary>A served command's output on its way to the person: in bounded pieces, never piling up in the bot, and
/// ending once the person is gone. (A million ratings as JSON once took a running bot to 8 GB and never arrived.)</summary>
public sealed class FrameWriterTests
{
    [Fact]
    public async Task Output_larger_than_the_queue_waits_for_the_reader_and_arrives_whole_in_bounded_frames()
    {
        using var frames = new FrameQueue();
        var text = string.Concat(Enumerable.Range(0, 400_000).Select(i => $"line {i} — ü\n"));
        var writing = Task.Run(() =>
        {
            using var output = new FrameWriter(frames, isError: false, CancellationToken.None);
            output.Write(text);
        });

        // Nobody has read yet: the writer stops once the queue is full, far short of the whole text.
        await Eventually.UntilAsync(() => frames.Reader.Count == 256);
        await Task.Delay(200);
        Assert.False(writing.IsCompleted);
        var received = new StringBuilder();
        var waiting = 0;
        while (frames.Reader.TryRead(out var frame))
        {
            received.Append(frame.Out);
            waiting++;
        }
        Assert.Equal(256, waiting);

        var largest = 0;
        var reading = Task.Run(async () =>
        {
            for (var i = 0; i < waiting; i++)
                frames.Sent();
            await foreach (var frame in frames.Reader.ReadAllAsync())
            {
                received.Append(frame.Out);
                largest = Math.Max(largest, frame.Out!.Length);
                frames.Sent();
            }
        });
        await writing;
        frames.Complete();
        await reading;

        Assert.Equal(text, received.ToString());
        Assert.Equal(FrameWriter.MaxFrameChars, largest);
    }

    [Fact]
    public async Task A_writer_waiting_for_a_reader_who_left_ends_with_a_cancellation()
    {
        using var frames = new FrameQueue();
        using var hangup = new CancellationTokenSource();
        var writing = Task.Run(() =>
        {
            using var output = new FrameWriter(frames, isError: true, hangup.Token);
            output.Write(new string('x', 300 * FrameWriter.MaxFrameChars));
        });
        await Eventually.UntilAsync(() => frames.Reader.Count == 256);
        Assert.False(writing.IsCompleted);

        await hangup.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writing);
    }

    [Fact]
    public async Task A_character_of_two_utf16_halves_is_never_cut_between_frames()
    {
        using var frames = new FrameQueue();
        // One letter first, so that every frame boundary would fall inside a 🧪.
        var text = "x" + string.Concat(Enumerable.Repeat("🧪", 3 * FrameWriter.MaxFrameChars));
        var received = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            await foreach (var frame in frames.Reader.ReadAllAsync())
            {
                // Through the wire's JSON, which would turn a lone half into U+FFFD.
                received.Append(ControlWire.Decode<ControlFrame>(ControlWire.Encode(frame))!.Out);
                frames.Sent();
            }
        });

        using (var output = new FrameWriter(frames, isError: false, CancellationToken.None))
            await output.WriteAsync(text.AsMemory());
        frames.Complete();
        await reading;

        Assert.Equal(text, received.ToString());
    }

    [Fact]
    public async Task Json_written_piece_by_piece_is_the_text_serialized_at_once()
    {
        var output = new StringWriter();
        var console = CliConsole.Over(output, new StringWriter(), new TerminalFacts(false, false, null));
        var papers = Enumerable.Range(0, 5_000).Select(i => new { id = i, title = $"Équivariance {i} — 量子 🧪 \"quoted\"" }).ToList();

        await console.WriteJsonAsync(papers, CancellationToken.None);

        Assert.Equal(JsonSerializer.Serialize(papers, Indented) + Environment.NewLine, output.ToString());
    }

    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
