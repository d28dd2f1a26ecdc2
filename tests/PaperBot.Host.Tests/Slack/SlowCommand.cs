using PaperBot.Core.Chat;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Slack;

/// <summary>A command that answers after Slack's fast-answer window, with more cards than one message holds.</summary>
internal sealed class SlowCommand : ICommand
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2.3);

    public CommandDescriptor Descriptor { get; } = new("slow", "Answers slowly", []);

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        await Task.Delay(Delay, cancellationToken);
        return Reply.WithCards("Slow results", [.. Enumerable.Range(1, 20).Select(i => PaperCard.For(PaperBuilder.Paper($"Slow paper {i}")))], ephemeral: true);
    }
}
