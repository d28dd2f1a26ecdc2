using Lucene.Net.Store;
using PaperBot.Search.Indexing;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests.Indexing;

public sealed class MappedDirectoryTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly MappedDirectory directory;

    public MappedDirectoryTests() => directory = new MappedDirectory(folder.Path);

    public void Dispose()
    {
        directory.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Reads_back_every_kind_of_value_that_was_written()
    {
        using (var output = directory.CreateOutput("values", IOContext.DEFAULT))
        {
            output.WriteByte(7);
            output.WriteInt16(-2);
            output.WriteInt32(123_456_789);
            output.WriteInt64(-9_876_543_210L);
            output.WriteVInt32(300);
            output.WriteString("grāph");
            output.WriteBytes([1, 2, 3], 3);
        }

        using var input = directory.OpenInput("values", IOContext.DEFAULT);

        Assert.Equal(7, input.ReadByte());
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(123_456_789, input.ReadInt32());
        Assert.Equal(-9_876_543_210L, input.ReadInt64());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal("grāph", input.ReadString());
        var bytes = new byte[3];
        input.ReadBytes(bytes, 0, 3);
        Assert.Equal([1, 2, 3], bytes);
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void A_clone_reads_on_from_where_it_was_made_without_moving_the_original()
    {
        Write("data", 10);
        using var input = directory.OpenInput("data", IOContext.DEFAULT);
        input.Seek(4);

        var clone = (IndexInput)input.Clone();

        Assert.Equal(4, clone.ReadByte());
        Assert.Equal(5, clone.ReadByte());
        Assert.Equal(4, input.Position);
        Assert.Equal(4, input.ReadByte());
    }

    [Fact]
    public void Reading_or_seeking_past_the_end_throws_rather_than_reading_other_memory()
    {
        Write("short", 3);
        using var input = directory.OpenInput("short", IOContext.DEFAULT);

        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[4], 0, 4));
        Assert.Throws<EndOfStreamException>(() => input.Seek(4));
        input.Seek(3);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_slice_of_a_compound_file_reads_its_own_bytes_and_stops_at_its_end()
    {
        Write("compound", 10);
        using var slicer = directory.CreateSlicer("compound", IOContext.DEFAULT);

        using var slice = slicer.OpenSlice("part", 3, 4);

        Assert.Equal(4, slice.Length);
        var bytes = new byte[4];
        slice.ReadBytes(bytes, 0, 4);
        Assert.Equal([3, 4, 5, 6], bytes);
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentOutOfRangeException>(() => slicer.OpenSlice("beyond", 8, 4));
    }

    [Fact]
    public void An_empty_file_opens_with_nothing_to_read()
    {
        Write("empty", 0);

        using var input = directory.OpenInput("empty", IOContext.DEFAULT);

        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_clone_still_reads_after_the_input_it_came_from_is_closed()
    {
        Write("data", 10);
        var input = directory.OpenInput("data", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();

        input.Dispose();

        Assert.Equal(0, clone.ReadByte());
    }

    /// <summary>A file holding the bytes 0, 1, 2, … up to <paramref name="length"/>.</summary>
    private void Write(string name, int length)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        for (var i = 0; i < length; i++)
            output.WriteByte((byte)i);
    }
}
