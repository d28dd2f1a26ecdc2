using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Ratings;
using PaperBot.Slack.Rendering;
using PaperBot.Slack.SocketMode;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Events;

/// <summary>A 👍/👎 click: the core rates, then the vote is shown through the click's <c>response_url</c>. On a reply
/// only the clicker sees, the card itself shows it (<c>replace_original</c>, the voted button styled); on a shared
/// message (a channel digest) the vote is the clicker's alone, so it is confirmed to them in an ephemeral message.</summary>
internal sealed class BlockActionResponder(SlackWebApiClient api, CommandRouter router, ILogger<BlockActionResponder> logger)
{
    public async Task HandleAsync(SlackEnvelope envelope, CancellationToken cancellationToken)
    {
        if (!envelope.IsAcked)
            await envelope.AckAsync(null, cancellationToken);
        if (!SlackPayloads.TryReadBlockAction(envelope.Payload, out var action))
        {
            logger.LogDebug("Ignored an interaction that is not a button click");
            return;
        }
        var reply = await router.HandleAsync(new ButtonClicked(new Requester(action.UserRef, RequesterFacts.None), action.Conversation, action.ActionId, action.Message), cancellationToken);
        if (action.ResponseUrl is not { } url)
            return;
        System.Text.Json.Nodes.JsonObject body;
        if (!reply.IsError && action.OnEphemeral && action.Blocks is { } blocks && ActionId.TryParse(action.ActionId, out var clicked) && ThumbText.TryParse(clicked.Argument, out var thumb))
        {
            body = new() { ["replace_original"] = true, ["text"] = SlackText.Escape(reply.Text), ["blocks"] = SlackRenderer.VoteShown(blocks, clicked, thumb) };
        }
        else
        {
            body = SlackRenderer.Page(reply).ResponseBody(ephemeral: true, replaceOriginal: false);
        }
        try
        {
            await api.PostToResponseUrlAsync(url, body, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("Showing a vote through its response_url failed: {Error}", ex.Error);
        }
    }
}
