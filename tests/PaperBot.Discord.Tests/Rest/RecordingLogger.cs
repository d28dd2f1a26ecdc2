using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>Keeps every formatted log line, so a test can check what the client wrote.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue(formatter(state, exception) + " " + exception);
}
