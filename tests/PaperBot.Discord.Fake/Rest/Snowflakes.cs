namespace PaperBot.Discord.Fake.Rest;

/// <summary>Discord snowflakes: milliseconds since 2015-01-01 in the top 42 bits, a counter below; always increasing.</summary>
internal sealed class Snowflakes(TimeProvider time)
{
    public const long DiscordEpochMs = 1_420_070_400_000;
    private readonly Lock gate = new();
    private ulong last;

    public ulong Next()
    {
        lock (gate)
        {
            var ms = (ulong)Math.Max(0, time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs);
            var candidate = ms << 22;
            last = candidate > last ? candidate : last + 1;
            return last;
        }
    }

    public static DateTimeOffset TimestampOf(ulong id) => DateTimeOffset.FromUnixTimeMilliseconds((long)(id >> 22) + DiscordEpochMs);
}
