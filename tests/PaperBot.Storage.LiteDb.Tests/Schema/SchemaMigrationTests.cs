using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Storage.LiteDb.Schema;

namespace PaperBot.Storage.LiteDb.Tests.Schema;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TempDatabase database = new();
    private int secondStepRuns;

    public void Dispose() => database.Dispose();

    [Fact]
    public void A_new_file_gets_the_latest_schema_its_indexes_and_revision_zero()
    {
        var context = database.Context;

        Assert.Equal(SchemaMigrations.Latest, context.SchemaVersion);
        var indexes = context.Database.GetCollection("$indexes").FindAll()
            .Select(i => $"{i["collection"].AsString}.{i["expression"].AsString}")
            .ToHashSet();
        Assert.Contains("papers.$.TitleKey", indexes);
        Assert.Contains("ratings.$.UserKey", indexes);
        Assert.Contains("ratings.$.Paper", indexes);
        var meta = context.Database.GetCollection("meta");
        Assert.Equal(SchemaMigrations.Latest, meta.FindById("schema")["Version"].AsInt32);
        Assert.Equal(0, meta.FindById("catalogue")["Revision"].AsInt64);
    }

    [Fact]
    public void Pending_steps_run_once_in_order_and_record_their_version()
    {
        Open(SchemaMigrations.All).Dispose();

        using (var upgraded = Open([.. SchemaMigrations.All, SecondStep()]))
        {
            Assert.Equal(SchemaMigrations.Latest + 1, upgraded.SchemaVersion);
            Assert.Contains("papers_by_abstract", IndexNames(upgraded));
        }
        using (var again = Open([.. SchemaMigrations.All, SecondStep()]))
            Assert.Equal(SchemaMigrations.Latest + 1, again.SchemaVersion);

        Assert.Equal(1, secondStepRuns);
    }

    [Fact]
    public void A_failing_step_is_rolled_back_and_leaves_the_version_before_it()
    {
        Open(SchemaMigrations.All).Dispose();
        var failing = new SchemaMigration(SchemaMigrations.Latest + 1, "half done", db =>
        {
            db.GetCollection("papers").EnsureIndex("papers_by_abstract", "$.Abstract");
            db.GetCollection("extra").Insert(new BsonDocument { ["_id"] = "x" });
            throw new InvalidOperationException("step failed");
        });

        var error = Assert.Throws<InvalidOperationException>(() => Open([.. SchemaMigrations.All, failing]));

        Assert.Equal("step failed", error.Message);
        using var reopened = Open(SchemaMigrations.All);
        Assert.Equal(SchemaMigrations.Latest, reopened.SchemaVersion);
        Assert.DoesNotContain("papers_by_abstract", IndexNames(reopened));
        Assert.DoesNotContain("extra", reopened.Database.GetCollectionNames());
    }

    [Fact]
    public void A_file_from_a_newer_PaperBot_is_refused_and_left_as_it_was()
    {
        Open([.. SchemaMigrations.All, SecondStep()]).Dispose();
        var before = File.ReadAllBytes(database.Path);

        var error = Assert.Throws<StorageException>(() => Open(SchemaMigrations.All));

        Assert.IsAssignableFrom<InvalidOperationException>(error);
        Assert.Contains(database.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"schema version {SchemaMigrations.Latest + 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"up to {SchemaMigrations.Latest}", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(database.Path));
    }

    private LiteDbContext Open(IReadOnlyList<SchemaMigration> migrations) => new(database.Path, migrations, NullLogger.Instance);

    private SchemaMigration SecondStep() => new(SchemaMigrations.Latest + 1, "abstract index", db =>
    {
        secondStepRuns++;
        db.GetCollection("papers").EnsureIndex("papers_by_abstract", "$.Abstract");
    });

    private static HashSet<string> IndexNames(LiteDbContext context) =>
        context.Database.GetCollection("$indexes").FindAll().Select(i => i["name"].AsString).ToHashSet();
}
