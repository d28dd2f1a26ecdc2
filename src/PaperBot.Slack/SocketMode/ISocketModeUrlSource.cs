namespace PaperBot.Slack.SocketMode;

/// <summary>Gives a fresh wss URL for each (re)connect: apps.connections.open in production.</summary>
internal interface ISocketModeUrlSource
{
    Task<Uri> OpenAsync(CancellationToken cancellationToken = default);
}
