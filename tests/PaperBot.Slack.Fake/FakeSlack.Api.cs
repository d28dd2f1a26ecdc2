using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace PaperBot.Slack.Fake;

public sealed partial class FakeSlack
{
    private readonly Lock postGate = new();
    private readonly Dictionary<string, (double Tokens, DateTimeOffset At)> channelPosts = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> workspacePosts = new();
    private int ticket;

    private async Task HandleApiAsync(HttpContext context, string method)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.ToString();
        var (status, json, retryAfter, drop) = Dispatch(method, authorization, context.Request.ContentType, body);
        calls.Add(new FakeApiCall(method, authorization.Length == 0 ? null : authorization, context.Request.ContentType, body, drop ? 0 : status, TimeProvider.System.GetUtcNow()));
        if (drop)
        {
            context.Abort();
            return;
        }

        if (answerDelays.TryGetValue(method, out var delay) && !await WaitAsync(delay, context.RequestAborted))
        {
            return; // the client went away while its call was being "slowly" answered
        }

        context.Response.StatusCode = status;
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (json is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(json.ToJsonString(), context.RequestAborted);
        }
    }

    private static async Task<bool> WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private (int Status, JsonObject? Json, int? RetryAfter, bool Drop) Dispatch(string method, string authorization, string? contentType, string body)
    {
        var expected = method == "apps.connections.open" ? Options.AppToken : Options.BotToken;
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return (200, Error("not_authed"), null, false);
        }

        var token = authorization["Bearer ".Length..];
        if (token != expected)
        {
            var otherKind = token == Options.AppToken || token == Options.BotToken;
            return (200, Error(otherKind ? "not_allowed_token_type" : "invalid_auth"), null, false);
        }

        var failure = failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : null;
        switch (failure?.Kind)
        {
            case FakeFailureKind.Error:
                return (200, Error(failure.Error), null, false);
            case FakeFailureKind.Http500:
                return (500, null, null, false);
            case FakeFailureKind.RateLimited:
                return (429, Error("ratelimited"), failure.RetryAfterSeconds, false);
        }

        FakeArgs args;
        try
        {
            args = FakeArgs.Parse(contentType, body);
        }
        catch (JsonException)
        {
            return (200, Error("invalid_json"), null, false);
        }

        var (status, json, retryAfter) = Handle(method, args);
        return (status, json, retryAfter, failure?.Kind == FakeFailureKind.DropAnswer);
    }

    private (int, JsonObject?, int?) Handle(string method, FakeArgs args) => method switch
    {
        "apps.connections.open" => Ok(new JsonObject { ["url"] = $"ws://{BaseAddress.Authority}/link/?ticket=fake-{Interlocked.Increment(ref ticket)}&app_id=A0FAKE" }),
        "auth.test" => Ok(new JsonObject { ["url"] = "https://fake.slack.com/", ["team"] = "Fake", ["user"] = "paperbot", ["team_id"] = Options.TeamId, ["user_id"] = Options.BotUserId, ["bot_id"] = Options.BotId }),
        "chat.postMessage" => PostMessage(args),
        "chat.update" => UpdateMessage(args),
        "conversations.open" => OpenConversation(args),
        "conversations.history" => History(args),
        "conversations.info" => ConversationInfo(args),
        "users.info" => UserInfo(args),
        "reactions.add" => ReactionsAdd(args),
        _ => Fail("unknown_method"),
    };

    private (int, JsonObject?, int?) PostMessage(FakeArgs args)
    {
        // As Slack documents: a user id as the channel posts to the app's DM with that user.
        var id = args.String("channel") is { } requested && Users.ContainsKey(requested) ? DirectChannel(requested).Id : args.String("channel");
        if (id is null || !Channels.TryGetValue(id, out var channel))
        {
            return Fail("channel_not_found");
        }

        if (channel.IsArchived)
        {
            return Fail("is_archived");
        }

        if (!channel.BotIsMember)
        {
            return Fail("not_in_channel");
        }

        var text = args.String("text");
        var blocks = args.Node("blocks");
        if (BlockError(blocks) is { } blockError)
        {
            return Fail(blockError);
        }

        if (string.IsNullOrEmpty(text) && blocks is null)
        {
            return Fail("no_text");
        }

        if (text is { Length: > 40_000 })
        {
            return Fail("msg_too_long");
        }

        if (PostRateLimit(channel.Id) is { } wait)
        {
            return (429, Error("ratelimited"), wait);
        }

        var message = new FakeMessage
        {
            Ts = channel.NextTs(),
            Text = text,
            Blocks = blocks?.DeepClone(),
            BotId = Options.BotId,
            User = Options.BotUserId,
            Metadata = args.Node("metadata")?.DeepClone() as JsonObject,
        };
        lock (channel.Messages)
        {
            channel.Messages.Add(message);
        }

        return Ok(new JsonObject { ["channel"] = channel.Id, ["ts"] = message.Ts, ["message"] = MessageJson(message, withMetadata: false) });
    }

    private (int, JsonObject?, int?) UpdateMessage(FakeArgs args)
    {
        if (args.String("channel") is not { } id || !Channels.TryGetValue(id, out var channel))
        {
            return Fail("channel_not_found");
        }

        FakeMessage? message;
        lock (channel.Messages)
        {
            message = channel.Messages.FirstOrDefault(m => m.Ts == args.String("ts"));
        }

        if (message is null)
        {
            return Fail("message_not_found");
        }

        var blocks = args.Node("blocks");
        if (BlockError(blocks) is { } blockError)
        {
            return Fail(blockError);
        }

        message.Text = args.String("text");
        message.Blocks = blocks?.DeepClone() ?? message.Blocks;
        return Ok(new JsonObject { ["channel"] = channel.Id, ["ts"] = message.Ts, ["text"] = message.Text });
    }

    private (int, JsonObject?, int?) OpenConversation(FakeArgs args)
    {
        var users = args.String("users");
        if (string.IsNullOrEmpty(users) || users.Contains(',', StringComparison.Ordinal))
        {
            return Fail(string.IsNullOrEmpty(users) ? "users_list_not_supplied" : "not_supported");
        }

        if (!Users.ContainsKey(users))
        {
            return Fail("user_not_found");
        }

        return Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = DirectChannel(users).Id } });
    }

    // Idempotent like Slack: the same user always gets the same DM.
    private FakeChannel DirectChannel(string user) =>
        Channels.GetOrAdd("D" + user, id => new FakeChannel { Id = id, IsIm = true, User = user, Creator = user });

    private (int, JsonObject?, int?) History(FakeArgs args)
    {
        if (args.String("channel") is not { } id || !Channels.TryGetValue(id, out var channel))
        {
            return Fail("channel_not_found");
        }

        var limit = int.TryParse(args.String("limit"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) && l > 0 ? Math.Min(l, 999) : 100;
        var oldest = decimal.TryParse(args.String("oldest"), NumberStyles.Number, CultureInfo.InvariantCulture, out var o) ? o : (decimal?)null;
        var withMetadata = args.String("include_all_metadata") is "true" or "1";
        List<FakeMessage> matching;
        lock (channel.Messages)
        {
            matching = channel.Messages
                .Where(m => oldest is null || decimal.Parse(m.Ts, CultureInfo.InvariantCulture) > oldest)
                .Reverse()
                .ToList();
        }

        var page = matching.Take(limit).Select(m => (JsonNode)MessageJson(m, withMetadata)).ToArray();
        return Ok(new JsonObject { ["messages"] = new JsonArray(page), ["has_more"] = matching.Count > limit });
    }

    private (int, JsonObject?, int?) ConversationInfo(FakeArgs args) =>
        args.String("channel") is { } id && Channels.TryGetValue(id, out var c)
            ? Ok(new JsonObject
            {
                ["channel"] = new JsonObject { ["id"] = c.Id, ["creator"] = c.Creator, ["is_im"] = c.IsIm, ["is_archived"] = c.IsArchived, ["user"] = c.User },
            })
            : Fail("channel_not_found");

    private (int, JsonObject?, int?) UserInfo(FakeArgs args) =>
        args.String("user") is { } id && Users.TryGetValue(id, out var u)
            ? Ok(new JsonObject
            {
                ["user"] = new JsonObject
                {
                    ["id"] = u.Id,
                    ["real_name"] = u.RealName,
                    ["tz"] = u.Tz,
                    ["tz_offset"] = u.TzOffset,
                    ["is_admin"] = u.IsAdmin,
                    ["is_owner"] = u.IsOwner,
                    ["is_bot"] = u.IsBot,
                    ["deleted"] = false,
                    ["profile"] = new JsonObject { ["real_name"] = u.RealName },
                },
            })
            : Fail("user_not_found");

    private (int, JsonObject?, int?) ReactionsAdd(FakeArgs args)
    {
        if (args.String("channel") is not { } id || !Channels.TryGetValue(id, out var channel))
        {
            return Fail("channel_not_found");
        }

        FakeMessage? message;
        lock (channel.Messages)
        {
            message = channel.Messages.FirstOrDefault(m => m.Ts == args.String("timestamp"));
        }

        if (message is null)
        {
            return Fail("message_not_found");
        }

        var name = args.String("name") ?? "";
        lock (message.Reactions)
        {
            if (message.Reactions.Contains(name))
            {
                return Fail("already_reacted");
            }

            message.Reactions.Add(name);
        }

        return Ok([]);
    }

    /// <summary>Slack's Block Kit limits that chat.postMessage enforces: 50 blocks, section text 3000.</summary>
    private static string? BlockError(JsonNode? blocks)
    {
        if (blocks is null)
        {
            return null;
        }

        if (blocks is not JsonArray array)
        {
            return "invalid_blocks_format";
        }

        if (array.Count > 50)
        {
            return "invalid_blocks";
        }

        foreach (var block in array)
        {
            if (block?["type"]?.GetValue<string>() == "section" && block["text"]?["text"]?.GetValue<string>() is { Length: > 3000 })
            {
                return "invalid_blocks";
            }
        }

        return null;
    }

    /// <summary>Seconds to wait when a post would exceed the per-channel or per-workspace limit, else null (and counted).</summary>
    private int? PostRateLimit(string channel)
    {
        lock (postGate)
        {
            var now = TimeProvider.System.GetUtcNow();
            var rate = Math.Max(1, Options.PostsPerSecondPerChannel);
            var burst = Math.Max(1, Options.PostBurstPerChannel);
            var bucket = channelPosts.TryGetValue(channel, out var b) ? b : (Tokens: (double)burst, At: now);

            // A token bucket: PostsPerSecondPerChannel refill, PostBurstPerChannel deep. A tenth of a token of
            // tolerance absorbs the few milliseconds between the client's clock and ours.
            var tokens = Math.Min(burst, bucket.Tokens + ((now - bucket.At).TotalSeconds * rate));
            if (tokens < 0.9)
            {
                channelPosts[channel] = (tokens, now);
                return Math.Max(1, (int)Math.Ceiling((1 - tokens) / rate));
            }

            while (workspacePosts.Count > 0 && now - workspacePosts.Peek() >= TimeSpan.FromMinutes(1))
            {
                workspacePosts.Dequeue();
            }

            if (workspacePosts.Count >= Options.PostsPerMinute)
            {
                channelPosts[channel] = (tokens, now);
                return Math.Max(1, (int)Math.Ceiling((workspacePosts.Peek() + TimeSpan.FromMinutes(1) - now).TotalSeconds));
            }

            channelPosts[channel] = (Math.Max(0, tokens - 1), now);
            workspacePosts.Enqueue(now);
            return null;
        }
    }

    private static JsonObject MessageJson(FakeMessage message, bool withMetadata)
    {
        var json = new JsonObject
        {
            ["type"] = "message",
            ["ts"] = message.Ts,
            ["text"] = message.Text,
        };
        if (message.User is not null)
        {
            json["user"] = message.User;
        }

        if (message.BotId is not null)
        {
            json["bot_id"] = message.BotId;
        }

        if (message.Blocks is not null)
        {
            json["blocks"] = message.Blocks.DeepClone();
        }

        if (withMetadata && message.Metadata is not null)
        {
            json["metadata"] = message.Metadata.DeepClone();
        }

        return json;
    }

    private static (int, JsonObject?, int?) Ok(JsonObject body)
    {
        body["ok"] = true;
        return (200, body, null);
    }

    private static (int, JsonObject?, int?) Fail(string error) => (200, Error(error), null);

    private static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };

    /// <summary>Arguments from a JSON body or a form body, as Slack accepts both.</summary>
    private sealed class FakeArgs(JsonObject? json, Dictionary<string, string> form)
    {
        public static FakeArgs Parse(string? contentType, string body)
        {
            if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
            {
                return new FakeArgs(JsonNode.Parse(body) as JsonObject ?? throw new JsonException("not an object"), []);
            }

            var fields = QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
            return new FakeArgs(null, fields);
        }

        public string? String(string name)
        {
            if (json is not null)
            {
                return json[name] switch
                {
                    null => null,
                    JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
                    var node => node.ToJsonString(),
                };
            }

            return form.TryGetValue(name, out var v) ? v : null;
        }

        /// <summary>A JSON argument (blocks, metadata); form fields carry it as a JSON string.</summary>
        public JsonNode? Node(string name) =>
            json is not null ? json[name] : form.TryGetValue(name, out var v) && v.Length > 0 ? JsonNode.Parse(v) : null;
    }
}
