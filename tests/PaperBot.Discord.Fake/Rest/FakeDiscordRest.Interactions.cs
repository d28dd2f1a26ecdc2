using System.Globalization;
using System.Text.Json.Nodes;

namespace PaperBot.Discord.Fake.Rest;

public sealed partial class FakeDiscordRest
{
    private readonly List<FakeInteractionCallback> callbacks = [];
    private readonly List<FakeWebhookMessage> webhookMessages = [];
    private readonly HashSet<string> expiredInteractions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonArray> commandsByScope = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> overwritesByScope = new(StringComparer.Ordinal);

    public IReadOnlyList<FakeInteractionCallback> Callbacks
    {
        get
        {
            lock (gate)
                return [.. callbacks];
        }
    }

    public IReadOnlyList<FakeInteractionCallback> CallbacksFor(string interactionToken) =>
        Callbacks.Where(c => c.Token == interactionToken).ToList();

    /// <summary>PATCHes of @original for this interaction token, in order.</summary>
    public IReadOnlyList<JsonNode> OriginalEditsFor(string interactionToken)
    {
        lock (gate)
            return webhookMessages.Where(m => m.Token == interactionToken && !m.IsFollowup).Select(m => m.Body).ToList();
    }

    public IReadOnlyList<JsonNode> FollowupsFor(string interactionToken)
    {
        lock (gate)
            return webhookMessages.Where(m => m.Token == interactionToken && m.IsFollowup).Select(m => m.Body).ToList();
    }

    /// <summary>The commands last stored by a bulk overwrite; guild commands when <paramref name="guildId"/> is set.</summary>
    public JsonArray Commands(ulong applicationId, ulong? guildId = null)
    {
        lock (gate)
            return commandsByScope.TryGetValue(CommandScope(Id(applicationId), guildId is { } g ? Id(g) : null), out var list)
                ? list.DeepClone().AsArray()
                : [];
    }

    /// <summary>How many bulk overwrites (PUT) reached this scope.</summary>
    public int CommandOverwriteCount(ulong applicationId, ulong? guildId = null)
    {
        lock (gate)
            return overwritesByScope.GetValueOrDefault(CommandScope(Id(applicationId), guildId is { } g ? Id(g) : null));
    }

    private static string CommandScope(string applicationId, string? guildId) =>
        guildId is null ? "global:" + applicationId : "guild:" + applicationId + ":" + guildId;

    private FakeAnswer Callback(ulong interactionId, string token, JsonObject? body)
    {
        if (body?["type"] is not JsonValue typeValue || !typeValue.TryGetValue<int>(out var type))
            return InvalidForm("type: This field is required");
        lock (gate)
        {
            if (expiredInteractions.Contains(token))
                return UnknownInteraction();
            if (callbacks.Any(c => c.InteractionId == interactionId))
                return FakeAnswer.Error(400, 40060, "Interaction has already been acknowledged.");
            if (body["data"] is JsonObject data && FakeMessageValidator.Problem(data) is { } problem)
                return InvalidForm(problem);
            callbacks.Add(new FakeInteractionCallback(interactionId, token, type, body["data"]?.DeepClone()));
        }
        return FakeAnswer.NoContent;
    }

    private FakeAnswer WebhookMessage(ulong applicationId, string token, JsonObject? body, bool isFollowup)
    {
        if (body is null)
            return InvalidForm("body: A JSON object is required");
        if (FakeMessageValidator.Problem(body) is { } problem)
            return InvalidForm(problem);
        lock (gate)
        {
            if (expiredInteractions.Contains(token) || !callbacks.Any(c => c.Token == token))
                return UnknownInteraction();
            var original = webhookMessages.FirstOrDefault(m => m.Token == token && !m.IsFollowup);
            var id = !isFollowup && original is not null ? original.MessageId : snowflakes.Next();
            webhookMessages.Add(new FakeWebhookMessage(applicationId, token, isFollowup, body.DeepClone(), id));
            var answer = new JsonObject
            {
                ["id"] = Id(id),
                ["type"] = 0,
                ["channel_id"] = "0",
                ["author"] = BotUser(),
                ["content"] = body["content"]?.DeepClone() ?? "",
                ["timestamp"] = Options.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                ["embeds"] = body["embeds"]?.DeepClone() ?? new JsonArray(),
                ["components"] = body["components"]?.DeepClone() ?? new JsonArray(),
                ["flags"] = body["flags"]?.DeepClone() ?? 0,
            };
            return new(200, answer);
        }
    }

    private FakeAnswer ReadCommands(string scope)
    {
        lock (gate)
            return new(200, commandsByScope.TryGetValue(scope, out var list) ? list.DeepClone() : new JsonArray());
    }

    /// <summary>Replaces every command in the scope; a command keeps its id when its name survives.</summary>
    private FakeAnswer OverwriteCommands(string scope, JsonNode? body)
    {
        if (body is not JsonArray incoming)
            return InvalidForm("body: An array of commands is required");
        lock (gate)
        {
            var previous = commandsByScope.TryGetValue(scope, out var list) ? list : [];
            var stored = new JsonArray();
            foreach (var command in incoming.OfType<JsonObject>())
            {
                var copy = command.DeepClone().AsObject();
                var name = copy["name"]?.GetValue<string>();
                if (string.IsNullOrEmpty(name))
                    return InvalidForm("name: This field is required");
                var existing = previous.OfType<JsonObject>().FirstOrDefault(p => p["name"]?.GetValue<string>() == name);
                copy["id"] = existing?["id"]?.GetValue<string>() ?? Id(snowflakes.Next());
                copy["application_id"] = Id(Options.ApplicationId);
                copy["type"] ??= 1;
                stored.Add(copy);
            }
            commandsByScope[scope] = stored;
            overwritesByScope[scope] = overwritesByScope.GetValueOrDefault(scope) + 1;
            return new(200, stored.DeepClone());
        }
    }
}
