namespace PaperBot.Discord.Fake.Rest;

/// <summary>Failures a test asks for, by route pattern: <c>"POST /channels/*/messages"</c>, where <c>*</c> is one
/// path segment (relative to /api/v10).</summary>
internal sealed class FakeFailureScript
{
    private readonly Lock gate = new();
    private readonly List<Scripted> scripted = [];

    public void Add(string routePattern, int count, FakeFailure failure)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var parts = routePattern.Split(' ', 2);
        if (parts.Length != 2)
            throw new ArgumentException("Expected \"METHOD /path/with/*\".", nameof(routePattern));
        lock (gate)
            scripted.Add(new Scripted(parts[0].ToUpperInvariant(), parts[1].Trim('/').Split('/'), failure) { Left = count });
    }

    /// <summary>The failure for this request, if one is scripted; each use counts down.</summary>
    public FakeFailure? Take(string method, string[] segments)
    {
        lock (gate)
        {
            var match = scripted.FirstOrDefault(s => s.Left > 0 && s.Matches(method, segments));
            if (match is null)
                return null;
            match.Left--;
            return match.Failure;
        }
    }

    public static bool Matches(string pattern, string method, string[] segments)
    {
        var parts = pattern.Split(' ', 2);
        return new Scripted(parts[0].ToUpperInvariant(), parts[1].Trim('/').Split('/'), new FakeFailure(500, null, null, false)).Matches(method, segments);
    }

    private sealed record Scripted(string Method, string[] Pattern, FakeFailure Failure)
    {
        public int Left { get; set; }

        public bool Matches(string method, string[] segments) =>
            string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)
            && Pattern.Length == segments.Length
            && Pattern.Zip(segments).All(p => p.First == "*" || string.Equals(p.First, p.Second, StringComparison.Ordinal));
    }
}

/// <summary>What a scripted request gets: an error status with an optional Discord code, or, with
/// <paramref name="DropAfterAction"/>, the action is carried out and the connection closed without an answer.</summary>
internal sealed record FakeFailure(int Status, int? Code, string? Message, bool DropAfterAction);
