using System.Threading.Channels;

namespace PaperBot.Host.Tests.Terminal;

/// <summary>Standard input that a test types into line by line while the chat runs; <see cref="End"/> is Ctrl+D.</summary>
public sealed class ScriptedInput : TextReader
{
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();

    public void Type(string line) => lines.Writer.TryWrite(line);

    public void End() => lines.Writer.TryComplete();

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await lines.Reader.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }
}
