using System.Runtime.CompilerServices;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Tests;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task Every_item_arrives_in_order()
    {
        var read = new List<int>();
        await foreach (var item in ReadAhead.Of(token => Numbers(5000, failAt: null, token), CancellationToken.None))
            read.Add(item);

        Assert.Equal(Enumerable.Range(0, 5000), read);
    }

    [Fact]
    public async Task A_failing_store_fails_the_reader_with_its_own_error()
    {
        var read = 0;
        var error = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var _ in ReadAhead.Of(token => Numbers(5000, failAt: 2000, token), CancellationToken.None))
                read++;
        });

        Assert.Equal("disk gone at 2000", error.Message);
        Assert.Equal(2000, read);
    }

    [Fact]
    public async Task A_reader_that_stops_early_stops_the_store_reading()
    {
        var produced = new StrongBox<int>();
        await foreach (var item in ReadAhead.Of(token => Counted(produced, token), CancellationToken.None))
        {
            if (item == 10)
                break;
        }
        var stoppedAt = produced.Value;
        await Task.Delay(100, CancellationToken.None);

        Assert.Equal(stoppedAt, produced.Value);
        Assert.True(stoppedAt < 100_000);
    }

    private static async IAsyncEnumerable<int> Numbers(int count, int? failAt, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i == failAt)
                throw new IOException($"disk gone at {i}");
            if (i % 500 == 0)
                await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Counted(StrongBox<int> produced, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < 100_000; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            produced.Value = i;
            await Task.Yield();
            yield return i;
        }
    }
}
