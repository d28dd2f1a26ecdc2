namespace PaperBot.Benchmarks.Morning;

/// <param name="Subscribers">DM subscribers, each a distinct Discord user, all due in the same minute.</param>
/// <param name="Papers">Cards per digest (each digest is a header plus this many cards).</param>
/// <param name="Parallel"><c>Discord:ParallelDeliveries</c>; null keeps the shipped default.</param>
public sealed record MorningSettings(int Subscribers, int Papers, int? Parallel)
{
    public int MessagesPerDigest => Papers + 1;

    public static MorningSettings From(BenchArguments arguments)
    {
        var settings = new MorningSettings(arguments.Number("subscribers", 10_000), arguments.Number("papers", 5), arguments.OptionalNumber("parallel"));
        arguments.EnsureAllRead();
        if (settings.Subscribers < 1 || settings.Papers is < 1 or > 20 || settings.Parallel is < 1)
            throw new ArgumentException("need subscribers ≥ 1, papers 1–20, parallel ≥ 1");
        return settings;
    }
}
