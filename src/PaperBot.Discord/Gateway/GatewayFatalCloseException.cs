namespace PaperBot.Discord.Gateway;

/// <summary>Discord closed the gateway with a code that must not be retried (4004, 4010–4014).</summary>
public sealed class GatewayFatalCloseException : Exception
{
    public GatewayFatalCloseException()
    {
    }

    public GatewayFatalCloseException(string message)
        : base(message)
    {
    }

    public GatewayFatalCloseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GatewayFatalCloseException(int closeCode, string message)
        : base(message) => CloseCode = closeCode;

    public int? CloseCode { get; }
}
