namespace PaperBot.Host.Http;

/// <summary><c>/readyz</c>'s answer: ready when every check is, with what is not and why first.</summary>
public sealed record ReadinessReport(bool Ready, IReadOnlyList<string> NotReady, IReadOnlyList<ReadinessCheck> Checks)
{
    public static ReadinessReport Of(IReadOnlyList<ReadinessCheck> checks) =>
        new(checks.All(c => c.Ready), [.. checks.Where(c => !c.Ready).Select(c => $"{c.Name}: {c.Detail}")], checks);
}

/// <param name="Name">database, model, or a platform (discord, slack, terminal).</param>
public sealed record ReadinessCheck(string Name, bool Ready, string Detail);
