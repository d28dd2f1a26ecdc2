using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Slack.Hosting;
using PaperBot.Slack.Rendering;
using PaperBot.Slack.SocketMode;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Events;

/// <summary>Answers <c>/papers …</c>. The command runs at once; when it answers within <see cref="FastAnswer"/> its first
/// page goes in the envelope's ack (Slack shows it, ephemeral by default), otherwise the envelope is acked empty and the
/// reply follows through <c>response_url</c>. Further pages are further response_url posts (Slack allows five).</summary>
internal sealed class SlashCommandResponder(
    SlackWebApiClient api,
    CommandRouter router,
    SlackFacts facts,
    IOptions<SlackOptions> options,
    ILogger<SlashCommandResponder> logger)
{
    /// <summary>Well inside Slack's 3 s, leaving room for the ack to travel (the socket client acks empty at 2.5 s regardless).</summary>
    internal static readonly TimeSpan FastAnswer = TimeSpan.FromSeconds(2);

    private const int ResponseUrlUses = 5;
    private const int FileChunk = 2800;

    public async Task HandleAsync(SlackEnvelope envelope, CancellationToken cancellationToken)
    {
        if (!SlackPayloads.TryReadSlash(envelope.Payload, out var command) || !string.Equals(command.Command, options.Value.CommandName, StringComparison.OrdinalIgnoreCase))
        {
            await envelope.AckAsync(null, cancellationToken);
            logger.LogDebug("Ignored a slash command that is not {Command}", options.Value.CommandName);
            return;
        }
        var answer = AnswerAsync(command, cancellationToken);
        bool inTime;
        using (var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            // Slack's deadline is the wire's, so real time, whatever clock the app runs on.
            inTime = await Task.WhenAny(answer, Task.Delay(FastAnswer, TimeProvider.System, timer.Token)) == answer;
            await timer.CancelAsync();
        }
        if (!inTime)
            await envelope.AckAsync(null, cancellationToken);
        var (pages, ephemeral) = await answer;
        var first = 0;
        if (inTime && await TryAckWithAsync(envelope, pages[0].ResponseBody(ephemeral), cancellationToken))
            first = 1;
        await FollowUpAsync(command, pages.Skip(first).ToList(), ephemeral, cancellationToken);
    }

    /// <summary>The reply as Slack messages, never throwing: a failure is an apology the person sees.</summary>
    private async Task<(IReadOnlyList<SlackMessage> Pages, bool Ephemeral)> AnswerAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var name = CommandLine.Read(command.Text).Command;
        Reply reply;
        try
        {
            var requester = new Requester(command.UserRef, await facts.ForAsync(command.User, command.UserName, command.Channel, command.IsDirect, cancellationToken));
            reply = await router.HandleAsync(new CommandTyped(requester, command.Conversation, command.Text), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Answering {Command} {Subcommand} failed", command.Command, name);
            reply = Reply.Error($"Sorry, `{command.Command} {name}` failed on our side. The error was logged; please try again.");
        }
        var ephemeral = reply.IsError || reply.Ephemeral || (router.Find(name)?.Ephemeral ?? true);
        return (Pages(reply), ephemeral);
    }

    private static List<SlackMessage> Pages(Reply reply)
    {
        var pages = ReplySplitter.Split(reply with { File = null }, SlackRenderer.Limits);
        var messages = new List<SlackMessage>();
        var number = 1;
        foreach (var page in pages)
        {
            messages.Add(SlackRenderer.Page(page, number));
            number += page.Cards.Count;
        }
        if (reply.File is { } file)
        {
            messages.AddRange(ReplySplitter.SplitText(file.Content, FileChunk)
                .Select(chunk => SlackRenderer.Page(Reply.Message($"`{file.Name}`\n```\n{chunk}\n```"))));
        }
        return messages;
    }

    private static async Task<bool> TryAckWithAsync(SlackEnvelope envelope, System.Text.Json.Nodes.JsonObject body, CancellationToken cancellationToken)
    {
        try
        {
            // False when the socket client already acked empty at its deadline: then the reply goes by response_url.
            return await envelope.AckAsync(body, cancellationToken);
        }
        catch (ArgumentException)
        {
            // Too big for an ack (Slack drops those silently): ack empty, post it instead.
            await envelope.AckAsync(null, cancellationToken);
            return false;
        }
    }

    private async Task FollowUpAsync(SlashCommand command, List<SlackMessage> pages, bool ephemeral, CancellationToken cancellationToken)
    {
        if (pages.Count == 0)
            return;
        if (command.ResponseUrl is not { } url)
        {
            logger.LogWarning("A {Command} reply of {Pages} more message(s) was dropped: the command came without a response_url", command.Command, pages.Count);
            return;
        }
        if (pages.Count > ResponseUrlUses)
            logger.LogWarning("A {Command} reply had {Pages} more messages; Slack's response_url takes {Uses}, the rest were dropped", command.Command, pages.Count, ResponseUrlUses);
        foreach (var page in pages.Take(ResponseUrlUses))
        {
            try
            {
                await api.PostToResponseUrlAsync(url, page.ResponseBody(ephemeral), cancellationToken);
            }
            catch (SlackApiException ex)
            {
                logger.LogWarning("Posting a {Command} reply to its response_url failed: {Error}", command.Command, ex.Error);
                return;
            }
        }
    }
}
