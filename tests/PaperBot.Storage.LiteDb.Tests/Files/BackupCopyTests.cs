using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Ratings;

namespace PaperBot.Storage.LiteDb.Tests.Files;

/// <summary>A backup copy is one committed state of the database, however much is written while it is taken.</summary>
public sealed class BackupCopyTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    private static Rating[] Thumbs(int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => new Rating(new UserRef("discord", "app", $"u{i}"), new PaperId($"2401.{i:00000}"), Thumb.Up, RatingSources.Reaction, At))];

    [Fact]
    public async Task Writes_made_while_the_copy_is_taken_are_in_the_live_database_and_not_in_the_copy()
    {
        var store = new LiteDbRatingStore(database.Context);
        await store.SetManyAsync(Thumbs(0, 30_000));
        using var backup = new LiteDbBackup(database.Context);
        // More than a copy buffer, and then enough pages for LiteDB's automatic checkpoint (1,000 pages), which would
        // write into the data file while the rest of it is copied.
        var copyPath = database.Folder.File("copy.db");
        await using (var copy = new WritingWhileCopied(File.Create(copyPath), () => store.SetManyAsync(Thumbs(30_000, 40_000))))
            await backup.CopyToAsync(copy, CancellationToken.None);

        var facts = LiteDbBackup.Inspect(copyPath);

        Assert.Equal(30_000, facts.Ratings);
        Assert.Equal(70_000, await store.CountAsync());
        Assert.Equal(70_000, await new LiteDbRatingStore(database.Reopen()).CountAsync());
    }

    [Fact]
    public async Task A_database_left_with_automatic_checkpoints_off_by_a_backup_killed_midway_gets_them_back()
    {
        database.Context.Database.CheckpointSize = 0;
        await new LiteDbRatingStore(database.Context).SetManyAsync(Thumbs(0, 10));

        Assert.Equal(1000, database.Reopen().Database.CheckpointSize);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_by_name()
    {
        var path = database.Folder.File("notes.db");
        File.WriteAllText(path, "not a database");

        var refused = Assert.Throws<StorageException>(() => LiteDbBackup.Inspect(path));

        Assert.Contains("notes.db", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A destination that, at its first write, lets the database take a large write before the copy goes on.</summary>
    private sealed class WritingWhileCopied(Stream inner, Func<Task> write) : Stream
    {
        private Func<Task>? pending = write;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref pending, null) is { } write)
                await write();
            await inner.WriteAsync(buffer, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
