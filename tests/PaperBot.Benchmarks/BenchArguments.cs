using System.Globalization;

namespace PaperBot.Benchmarks;

/// <summary><c>--name value</c> pairs; unknown names are refused so that a typo does not run the defaults silently.</summary>
public sealed class BenchArguments
{
    private readonly Dictionary<string, string> values;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    private BenchArguments(Dictionary<string, string> values) => this.values = values;

    public static BenchArguments Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !e.MoveNext())
                throw new ArgumentException($"expected --name value, got '{name}'");
            values[name[2..]] = e.Current;
        }
        return new BenchArguments(values);
    }

    public int Number(string name, int fallback)
    {
        read.Add(name);
        return values.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
    }

    public int? OptionalNumber(string name)
    {
        read.Add(name);
        return values.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Throws for any option no benchmark asked for.</summary>
    public void EnsureAllRead()
    {
        var unknown = values.Keys.Where(k => !read.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException("unknown option(s): " + string.Join(", ", unknown.Select(u => "--" + u)));
    }
}
