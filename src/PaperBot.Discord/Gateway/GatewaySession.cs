namespace PaperBot.Discord.Gateway;

/// <summary>A shard's session: what READY gave us and the last sequence number, for heartbeats and Resume.</summary>
internal sealed class GatewaySession
{
    private readonly Lock gate = new();
    private long sequence = -1;
    private string? sessionId;
    private string? resumeUrl;

    public long? Sequence
    {
        get
        {
            var s = Interlocked.Read(ref sequence);
            return s < 0 ? null : s;
        }
    }

    public string? SessionId
    {
        get
        {
            lock (gate)
            {
                return sessionId;
            }
        }
    }

    public string? ResumeUrl
    {
        get
        {
            lock (gate)
            {
                return resumeUrl;
            }
        }
    }

    public bool CanResume
    {
        get
        {
            lock (gate)
            {
                return sessionId is not null && resumeUrl is not null;
            }
        }
    }

    public void ObserveSequence(long value) => Interlocked.Exchange(ref sequence, value);

    public void Start(GatewayReadyPayload ready)
    {
        lock (gate)
        {
            sessionId = ready.SessionId;
            resumeUrl = ready.ResumeGatewayUrl;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            sessionId = null;
            resumeUrl = null;
            Interlocked.Exchange(ref sequence, -1);
        }
    }
}
