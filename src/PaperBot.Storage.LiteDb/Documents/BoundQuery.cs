using System.Globalization;
using LiteDB;

namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>
/// Index queries whose values are bound after parsing. LiteDB 5's <c>Query.EQ</c>, <c>Between</c>, <c>In</c> and
/// <c>StartsWith</c> write their values into the expression's text, and that text keys LiteDB's cache of compiled
/// expressions: every new value compiled a new delegate (about 1-4 ms of processor time) and kept it for the life of the
/// process. Here the text names parameters only (<c>$.Field = @0</c>), so it is compiled once, and LiteDB still reads the
/// index with the bound values.
/// </summary>
internal static class BoundQuery
{
    public static BsonExpression Equal(string field, BsonValue value) => Bind($"$.{field} = @0", value);

    public static BsonExpression GreaterThan(string field, BsonValue value) => Bind($"$.{field} > @0", value);

    public static BsonExpression Between(string field, BsonValue start, BsonValue end) => Bind($"$.{field} BETWEEN @0 AND @1", start, end);

    public static BsonExpression In(string field, BsonArray values) => Bind($"$.{field} IN @0", values);

    /// <summary>Values that start with <paramref name="prefix"/>: a range of the index rather than LIKE, whose <c>_</c> and
    /// <c>%</c> in a key would be wildcards. U+FFFF is not a character, so no key holds it after a prefix.</summary>
    public static BsonExpression StartsWith(string field, string prefix) => Between(field, prefix, prefix + char.MaxValue);

    private static BsonExpression Bind(string text, params BsonValue[] values)
    {
        var expression = BsonExpression.Create(text);
        for (var i = 0; i < values.Length; i++)
            expression.Parameters[i.ToString(CultureInfo.InvariantCulture)] = values[i];
        return expression;
    }
}
