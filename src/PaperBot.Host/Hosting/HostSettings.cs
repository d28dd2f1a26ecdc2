namespace PaperBot.Host.Hosting;

/// <summary>What the command line says about the host it wants, before configuration is read.</summary>
/// <param name="DatabasePath">The global <c>--db</c> option; overrides every other source of <c>Storage:Path</c>.</param>
/// <param name="Interactive">Whether the host runs the chat and the bot's background services (<c>paperbot run</c>).</param>
/// <param name="Settings">Settings that override every other source (for embedding and tests), e.g. <c>Discord:Token</c>.</param>
public sealed record HostSettings(string? DatabasePath, bool Interactive, IReadOnlyDictionary<string, string?>? Settings = null);
