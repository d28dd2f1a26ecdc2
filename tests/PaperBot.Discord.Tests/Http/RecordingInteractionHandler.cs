using System.Collections.Concurrent;
using System.Text.Json;
using PaperBot.Discord.Http;

namespace PaperBot.Discord.Tests.Http;

/// <summary>Records every interaction it is handed, then runs <see cref="Behavior"/> (by default: nothing).</summary>
internal sealed class RecordingInteractionHandler : IInteractionHandler
{
    private readonly ConcurrentQueue<RecordedInteraction> calls = new();

    public Func<JsonElement, CancellationToken, Task> Behavior { get; set; } = (_, _) => Task.CompletedTask;

    public IReadOnlyList<RecordedInteraction> Calls => [.. calls];

    public async Task HandleAsync(JsonElement interaction, CancellationToken cancellationToken = default)
    {
        calls.Enqueue(new RecordedInteraction(interaction, cancellationToken));
        await Behavior(interaction, cancellationToken);
    }

    internal sealed record RecordedInteraction(JsonElement Interaction, CancellationToken CancellationToken);
}
