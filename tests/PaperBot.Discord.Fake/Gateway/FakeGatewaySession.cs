using System.Text.Json.Nodes;

namespace PaperBot.Discord.Fake.Gateway;

/// <summary>A session the fake issued with READY: its id and every dispatch sent in it, for replay on Resume.</summary>
public sealed class FakeGatewaySession(string sessionId)
{
    private readonly Lock gate = new();
    private readonly List<(long Sequence, string Type, JsonNode? Data)> events = [];
    private long lastSequence;

    public string SessionId { get; } = sessionId;

    public long LastSequence
    {
        get
        {
            lock (gate)
            {
                return lastSequence;
            }
        }
    }

    /// <summary>An event the client "missed" (never sent); a Resume replays it.</summary>
    public long RecordMissed(string type, string dataJson) => Record(type, JsonNode.Parse(dataJson));

    internal long Record(string type, JsonNode? data)
    {
        lock (gate)
        {
            lastSequence++;
            events.Add((lastSequence, type, data));
            return lastSequence;
        }
    }

    internal long NextSequence()
    {
        lock (gate)
        {
            return ++lastSequence;
        }
    }

    internal IReadOnlyList<(long Sequence, string Type, JsonNode? Data)> After(long sequence)
    {
        lock (gate)
        {
            return [.. events.Where(e => e.Sequence > sequence)];
        }
    }
}
