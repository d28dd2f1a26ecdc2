using Spectre.Console;

namespace PaperBot.Host.Terminal;

/// <summary>The terminal chat's input and output; tests swap in a script and a recording console.</summary>
/// <param name="Interactive">Whether a person is typing (show prompts), rather than piped input.</param>
public sealed record TerminalIO(TextReader Input, IAnsiConsole Output, bool Interactive)
{
    private readonly Lock writing = new();

    public static TerminalIO FromConsole() => new(Console.In, AnsiConsole.Console, !Console.IsInputRedirected);

    /// <summary>The next line, or null at end of input; returns at once when <paramref name="cancellationToken"/> is
    /// cancelled. Console input's ReadLineAsync reads synchronously on the caller's thread and ignores the token, so it
    /// runs on a pool thread: otherwise a stop (SIGTERM, Ctrl+C) would wait for a line, or for the host's shutdown timeout.</summary>
    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Input.ReadLineAsync(cancellationToken).AsTask(), cancellationToken).WaitAsync(cancellationToken);

    /// <summary>Writes as one block: replies and digests arrive on different threads and must not interleave.</summary>
    public void Write(Action<IAnsiConsole> write)
    {
        lock (writing)
            write(Output);
    }
}
