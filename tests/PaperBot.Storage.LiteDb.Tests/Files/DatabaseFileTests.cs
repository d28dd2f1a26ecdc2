using LiteDB;
using PaperBot.Storage.LiteDb.Papers;
using PaperBot.Storage.LiteDb.Schema;
using static PaperBot.TestKit.PaperBuilder;

namespace PaperBot.Storage.LiteDb.Tests.Files;

public sealed class DatabaseFileTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    public static TheoryData<string, byte[]> NotDatabases => new()
    {
        { "a short text file", "hello, this is not a database\n"u8.ToArray() },
        { "JSON a few pages long", [.. Enumerable.Repeat((byte)'{', 20_000)] },
        { "random bytes", RandomBytes(50_000) },
        { "an empty first page", new byte[8192] },
    };

    [Theory]
    [MemberData(nameof(NotDatabases))]
    public void A_file_that_is_not_a_database_is_refused_and_left_untouched(string what, byte[] content)
    {
        File.WriteAllBytes(database.Path, content);

        var error = Assert.Throws<StorageException>(() => database.Context);

        Assert.Contains(database.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a PaperBot database", error.Message, StringComparison.Ordinal);
        Assert.True(content.AsSpan().SequenceEqual(File.ReadAllBytes(database.Path)), what + " was changed");
        Assert.Equal(["paperbot.db"], Directory.GetFiles(database.Folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_LiteDB_file_made_by_something_else_is_refused_and_keeps_its_data()
    {
        using (var other = new LiteDatabase(new ConnectionString { Filename = database.Path, Connection = ConnectionType.Direct }))
            other.GetCollection("customers").Insert(new BsonDocument { ["_id"] = 1, ["name"] = "Grace" });

        var error = Assert.Throws<StorageException>(() => database.Context);

        Assert.Contains("is not a PaperBot database", error.Message, StringComparison.Ordinal);
        using var reopened = new LiteDatabase(new ConnectionString { Filename = database.Path, Connection = ConnectionType.Direct });
        Assert.Equal("Grace", reopened.GetCollection("customers").FindById(1)["name"].AsString);
    }

    [Fact]
    public void An_empty_LiteDB_file_with_another_collation_is_refused()
    {
        using (var other = new LiteDatabase(new ConnectionString { Filename = database.Path, Connection = ConnectionType.Direct }))
            Assert.Empty(other.GetCollectionNames());

        var error = Assert.Throws<StorageException>(() => database.Context);

        Assert.Contains("is not a PaperBot database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_PaperBot_cannot_open_a_file_in_use_and_the_first_carries_on()
    {
        var store = new LiteDbPaperStore(database.Context);

        var error = Assert.Throws<StorageException>(() => TempDatabase.Open(database.Path));

        Assert.Contains("in use", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await store.SaveAsync([Paper("Still writable")]));
    }

    [Fact]
    public async Task The_folder_of_the_file_is_created()
    {
        var path = Path.Combine(database.Folder.Path, "nested", "deeper", "paperbot.db");

        using (var context = TempDatabase.Open(path))
            await new LiteDbPaperStore(context).SaveAsync([Paper("First")]);

        Assert.True(File.Exists(path));
        using var reopened = TempDatabase.Open(path);
        Assert.Equal(1, await new LiteDbPaperStore(reopened).CountAsync());
    }

    [Fact]
    public void An_empty_file_becomes_a_new_database()
    {
        File.WriteAllBytes(database.Path, []);

        Assert.Equal(SchemaMigrations.Latest, database.Context.SchemaVersion);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}
