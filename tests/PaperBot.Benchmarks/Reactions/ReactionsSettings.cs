namespace PaperBot.Benchmarks.Reactions;

/// <param name="Rate">MESSAGE_REACTION_ADD events per second sent by the fake Gateway.</param>
/// <param name="Seconds">How long to send.</param>
/// <param name="Users">Distinct people reacting; event i is person i mod Users on card (i / Users) mod Cards, so every
/// (person, paper) pair is rated once while Rate × Seconds ≤ Users × Cards.</param>
/// <param name="Cards">Cards in the channel digest delivered first (at most 20, a digest's largest size).</param>
public sealed record ReactionsSettings(int Rate, int Seconds, int Users, int Cards)
{
    public int Events => Rate * Seconds;

    public static ReactionsSettings From(BenchArguments arguments)
    {
        var settings = new ReactionsSettings(arguments.Number("rate", 1000), arguments.Number("seconds", 15), arguments.Number("users", 1000), arguments.Number("cards", 20));
        arguments.EnsureAllRead();
        if (settings.Rate < 1 || settings.Seconds < 1 || settings.Cards is < 1 or > 20 || settings.Events > (long)settings.Users * settings.Cards)
            throw new ArgumentException("need rate, seconds ≥ 1, cards 1–20, and rate × seconds ≤ users × cards (each thumb a distinct person and paper)");
        return settings;
    }
}
