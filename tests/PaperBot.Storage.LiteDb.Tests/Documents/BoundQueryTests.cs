using LiteDB;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Tests.Documents;

/// <summary>LiteDB compiles an expression once per distinct text and keeps it; a query whose text held its values compiled
/// anew for every target, due time and user, so the text must stay the same whatever the values.</summary>
public sealed class BoundQueryTests
{
    [Fact]
    public void The_text_of_a_query_does_not_change_with_its_values()
    {
        Assert.Equal(BoundQuery.Equal("TargetKey", "discord|g|c1").Source, BoundQuery.Equal("TargetKey", "slack|t|c2").Source);
        Assert.Equal(BoundQuery.Between("DueTicks", 0L, 5L).Source, BoundQuery.Between("DueTicks", 0L, 6L).Source);
        Assert.Equal(BoundQuery.In("TargetKey", ["a"]).Source, BoundQuery.In("TargetKey", ["b", "c"]).Source);
        Assert.Equal(BoundQuery.StartsWith("Recency", "a|").Source, BoundQuery.StartsWith("Recency", "b_c|").Source);
        Assert.DoesNotContain("c1", BoundQuery.Equal("TargetKey", "discord|g|c1").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Bound_queries_read_their_index_and_find_what_their_values_say()
    {
        using var database = new LiteDatabase(new MemoryStream());
        var documents = database.GetCollection("docs");
        documents.EnsureIndex("Key");
        documents.EnsureIndex("Ticks");
        foreach (var (key, ticks) in new[] { ("a|1", 1L), ("a|2", 2L), ("ab|1", 3L), ("a_|1", 4L), ("b|1", 5L) })
            documents.Insert(new BsonDocument { ["Key"] = key, ["Ticks"] = ticks });

        Assert.Equal(["a|1", "a|2"], Keys(documents, BoundQuery.StartsWith("Key", "a|")));
        Assert.Equal(["a_|1"], Keys(documents, BoundQuery.StartsWith("Key", "a_")));
        Assert.Equal(["a|2"], Keys(documents, BoundQuery.Equal("Key", "a|2")));
        Assert.Equal(["a_|1", "ab|1", "a|2"], Keys(documents, BoundQuery.Between("Ticks", 2L, 4L)));
        Assert.Equal(["a|1", "b|1"], Keys(documents, BoundQuery.In("Key", ["b|1", "a|1", "c"])));
        Assert.StartsWith("INDEX", documents.Query().Where(BoundQuery.Equal("Key", "a|2")).GetPlan()["index"]["mode"].AsString, StringComparison.Ordinal);
    }

    private static List<string> Keys(ILiteCollection<BsonDocument> documents, BsonExpression query) =>
        documents.Find(query).Select(d => d["Key"].AsString).Order(StringComparer.Ordinal).ToList();
}
