using System.CommandLine;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.Host.Cli;
using PaperBot.Host.Output;
using PaperBot.Storage.LiteDb;

namespace PaperBot.Host.Control;

/// <summary>
/// Serves <c>paperbot</c> commands typed beside the running bot: each arrives on the Unix socket beside the database
/// (<see cref="ControlEndpoint"/>) and runs on the bot's own services, so the database and the index keep one writer.
/// The socket is created under a temporary name, limited to this OS user, and only then renamed into place, so no one
/// else can ever connect to it. Commands wait until the bot has started.
/// </summary>
internal sealed class ControlServer(
    LiteDbContext database,
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ILogger<ControlServer> logger) : BackgroundService
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private readonly string socketPath = ControlEndpoint.SocketFor(database.FilePath);
    private readonly HashSet<Task> serving = [];
    private readonly Lock gate = new();
    private Socket? listener;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // The database is open, so its lock is ours: a socket still there was left by a bot that died.
        File.Delete(socketPath);
        var temporary = Path.Combine(Path.GetDirectoryName(socketPath)!, $".{Path.GetFileName(socketPath)}.{Guid.NewGuid():N}");
        listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(temporary));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, socketPath);
        listener.Listen(backlog: 16);
        logger.LogInformation("paperbot commands beside this bot reach it at {Socket}", socketPath);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        listener?.Dispose();
        File.Delete(socketPath);
        Task[] running;
        lock (gate)
            running = [.. serving];
        await Task.WhenAll(running).WaitAsync(cancellationToken);
    }

    public override void Dispose()
    {
        // Also when the host never got to stop this (a start cut short): a bound listener means the socket is ours.
        if (listener is not null)
            File.Delete(socketPath);
        listener?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener!.AcceptAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException e)
            {
                // The bot goes on; only commands beside it fall back to being refused by the database lock.
                logger.LogError(e, "Stopped serving paperbot commands at {Socket}", socketPath);
                return;
            }
            var task = ServeAsync(client, stoppingToken);
            lock (gate)
                serving.Add(task);
            _ = task.ContinueWith(done => { lock (gate) serving.Remove(done); }, TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(Socket client, CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var _ = client;
        await using var stream = new NetworkStream(client, ownsSocket: false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var hangup = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var frames = new FrameQueue();
        var pump = PumpAsync(frames, stream, hangup);
        var watch = Task.CompletedTask;
        try
        {
            var request = await ReadRequestAsync(reader, stoppingToken);
            if (request is null)
            {
                frames.WriteLast(new ControlFrame(Error: "error: the running PaperBot could not read the command\n", Exit: 2));
                return;
            }
            await WhenStartedAsync(stoppingToken);
            watch = WatchHangupAsync(reader, hangup);
            var exit = await RunAsync(request, frames, hangup.Token);
            frames.WriteLast(new ControlFrame(Exit: exit));
        }
        catch (OperationCanceledException) when (hangup.IsCancellationRequested)
        {
            // The person went away, or the bot is stopping: nothing is left to answer.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A paperbot command beside the bot failed");
            frames.WriteLast(new ControlFrame(Error: $"error: {e.Message}\n", Exit: 1));
        }
        finally
        {
            frames.Complete();
            try
            {
                await pump;
            }
            finally
            {
                await hangup.CancelAsync();
                await watch;
            }
        }
    }

    private async Task<int> RunAsync(ControlRequest request, FrameQueue frames, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var output = new FrameWriter(frames, isError: false, cancellationToken);
        using var error = new FrameWriter(frames, isError: true, cancellationToken);
        var session = new ServedSession(services, CliConsole.Over(output, error, request.Terminal), request.WorkingDirectory);
        // No process termination handling: Ctrl+C belongs to the bot's own console, not to a served command.
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        var exit = await PaperBotCli.Build(session).Parse(request.Args).InvokeAsync(configuration, cancellationToken);
        logger.LogInformation("Served `paperbot {Command}`: exit {Exit} after {Elapsed:0} ms",
            string.Join(' ', request.Args), exit, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return exit;
    }

    private async Task<ControlRequest?> ReadRequestAsync(StreamReader reader, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            return line is null ? null : ControlWire.Decode<ControlRequest>(line) is { Args: not null, WorkingDirectory: not null, Terminal: not null } request ? request : null;
        }
        catch (Exception e) when (e is JsonException || (e is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            logger.LogWarning("A connection to {Socket} sent no readable command: {Reason}", socketPath, e.Message);
            return null;
        }
    }

    private Task WhenStartedAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The person sends nothing after the command, so the end of their stream means they are gone (Ctrl+C).</summary>
    private static async Task WatchHangupAsync(StreamReader reader, CancellationTokenSource hangup)
    {
        try
        {
            while (await reader.ReadLineAsync(hangup.Token) is not null)
            {
            }
            await hangup.CancelAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
        }
    }

    /// <summary>Passes the frames on to the person. When that fails, the command is cancelled: its writer would otherwise
    /// wait for room in the queue forever.</summary>
    private async Task PumpAsync(FrameQueue frames, Stream stream, CancellationTokenSource hangup)
    {
        var writer = new StreamWriter(stream, new UTF8Encoding(false));
        try
        {
            // Cancelled with the command: a person who stopped reading must not hold a stopping bot for its whole timeout.
            await foreach (var frame in frames.Reader.ReadAllAsync(CancellationToken.None))
            {
                await writer.WriteLineAsync(ControlWire.Encode(frame).AsMemory(), hangup.Token);
                if (!frames.Reader.TryPeek(out _))
                    await writer.FlushAsync(hangup.Token);
                frames.Sent();
            }
            await writer.FlushAsync(hangup.Token);
        }
        catch (OperationCanceledException) when (hangup.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
            await hangup.CancelAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Stopped sending a served command's output");
            await hangup.CancelAsync();
        }
    }
}
