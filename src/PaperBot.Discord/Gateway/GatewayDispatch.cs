using System.Text.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>One op 0 event. <paramref name="Data"/> is a clone, so it outlives the frame it came in.</summary>
public sealed record GatewayDispatch(string Type, JsonElement Data, int Shard, long Sequence);
