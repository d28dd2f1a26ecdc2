using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Discord.Hosting;
using PaperBot.Discord.Rendering;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Interactions;

/// <summary>Answers interactions, from the Gateway or the HTTP endpoint alike. A command is deferred at once (type 5,
/// ephemeral when its descriptor says so: Discord fixes the visibility then), run by the core, and its reply written into
/// the deferred message, further pages as followups; a failure after deferring edits the reply with a message instead of
/// leaving "thinking…". A 👍/👎 click rates and, on a reply only the clicker sees, shows their vote on the card.</summary>
internal sealed class InteractionResponder(
    DiscordRestClient rest,
    CommandRouter router,
    OptionSuggester suggester,
    IOptions<DiscordOptions> options,
    ILogger<InteractionResponder> logger) : Http.IInteractionHandler
{
    private const int ChoiceLength = 100;
    private const int FileChunk = 1900;

    private ulong ApplicationId => ulong.Parse(options.Value.ApplicationId, NumberStyles.None, CultureInfo.InvariantCulture);

    public async Task HandleAsync(JsonElement interaction, CancellationToken cancellationToken = default)
    {
        if (!Interaction.TryRead(interaction, options.Value.ApplicationId, out var read, out var problem))
        {
            logger.LogWarning("Ignored an interaction PaperBot could not read: {Problem}", problem);
            return;
        }
        switch (read.Type)
        {
            case InteractionType.ApplicationCommand:
                await CommandAsync(read, cancellationToken);
                break;
            case InteractionType.MessageComponent:
                await ComponentAsync(read, cancellationToken);
                break;
            case InteractionType.Autocomplete:
                await SuggestAsync(read, cancellationToken);
                break;
            default:
                logger.LogDebug("Ignored an interaction of type {Type}", read.Type);
                break;
        }
    }

    private async Task CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!CommandOptions.TryRead(interaction.Data, out var subcommand, out var args, out _))
        {
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionCallbackType.ChannelMessageWithSource,
                new OutgoingMessage("Try `/papers help`.", Flags: MessageFlags.Ephemeral), cancellationToken);
            return;
        }
        var ephemeral = router.Find(subcommand)?.Ephemeral ?? true;
        // Deferred before any work, so the 3-second deadline holds however long the command takes.
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionCallbackType.DeferredChannelMessageWithSource,
            new OutgoingMessage(Flags: ephemeral ? MessageFlags.Ephemeral : MessageFlags.None), cancellationToken);
        try
        {
            var reply = await router.HandleAsync(new CommandInvoked(interaction.Requester, interaction.Conversation, subcommand, args), cancellationToken);
            await ReplyAsync(interaction, reply, ephemeral, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Answering /papers {Command} failed", subcommand);
            await rest.EditOriginalInteractionResponseAsync(ApplicationId, interaction.Token,
                new OutgoingMessage($"Sorry, `/papers {subcommand}` failed on our side. The error was logged; please try again.", Flags: MessageFlags.Ephemeral), CancellationToken.None);
        }
    }

    /// <summary>The reply in the deferred message, then its further pages (and an attached file, as code blocks) as followups.</summary>
    private async Task ReplyAsync(Interaction interaction, Reply reply, bool ephemeral, CancellationToken cancellationToken)
    {
        var pages = ReplySplitter.Split(reply with { File = null }, DiscordRenderer.Limits).ToList();
        if (reply.File is { } file)
            pages.AddRange(FilePages(file).Select(text => Reply.Message(text, ephemeral)));
        var number = 1;
        for (var i = 0; i < pages.Count; i++)
        {
            var message = DiscordRenderer.Page(pages[i], number, ephemeral);
            number += pages[i].Cards.Count;
            if (i == 0)
                await rest.EditOriginalInteractionResponseAsync(ApplicationId, interaction.Token, message, cancellationToken);
            else
                await rest.CreateFollowupAsync(ApplicationId, interaction.Token, message, cancellationToken);
        }
    }

    /// <summary>A file as JSON code blocks of at most one message each, cut at line breaks.</summary>
    private static IEnumerable<string> FilePages(ReplyFile file) =>
        ReplySplitter.SplitText(file.Content, FileChunk).Select(chunk => $"`{file.Name}`\n```json\n{chunk}\n```");

    private async Task ComponentAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var customId = interaction.Data.TryGetProperty("custom_id", out var id) ? id.GetString() ?? "" : "";
        var message = interaction.MessageId is { } messageId
            ? new MessageRef(Platforms.Discord, interaction.Conversation.Workspace, interaction.Conversation.ChannelId, messageId)
            : null;
        var reply = await router.HandleAsync(new ButtonClicked(interaction.Requester, interaction.Conversation, customId, message), cancellationToken);
        if (!reply.IsError && interaction.OnEphemeralMessage && ActionId.TryParse(customId, out var action) && ThumbText.TryParse(action.Argument, out var thumb)
            && interaction.Message is { } shown && shown.TryGetProperty("components", out var components))
        {
            // Only the clicker sees this message, so it can show their vote on the card itself.
            await rest.CreateInteractionResponseRawAsync(interaction.Id, interaction.Token, InteractionCallbackType.UpdateMessage,
                new JsonObject { ["components"] = VoteShown(components, action, thumb) }, cancellationToken);
            return;
        }
        // On a shared message the vote is the clicker's alone: it is confirmed to them only.
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionCallbackType.ChannelMessageWithSource,
            DiscordRenderer.Page(reply, ephemeral: true), cancellationToken);
    }

    /// <summary>The message's button rows with the clicked paper's 👍 or 👎 filled in and its other button plain.</summary>
    private static JsonArray VoteShown(JsonElement components, ActionId clicked, Thumb vote)
    {
        var rows = JsonNode.Parse(components.GetRawText())!.AsArray();
        foreach (var button in rows.SelectMany(row => row?["components"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            if (!ActionId.TryParse(button["custom_id"]?.GetValue<string>(), out var action) || action.Paper != clicked.Paper)
                continue;
            button["style"] = (int)(action.Argument != vote.Word() ? ButtonStyle.Secondary : vote == Thumb.Up ? ButtonStyle.Success : ButtonStyle.Danger);
        }
        return rows;
    }

    private async Task SuggestAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        IReadOnlyList<Suggestion> suggestions = [];
        if (CommandOptions.TryRead(interaction.Data, out var subcommand, out var args, out var focused)
            && router.Find(subcommand)?.Options.FirstOrDefault(o => o.Name == focused) is { } option)
            suggestions = await suggester.SuggestAsync(option.Suggest, args[option.Name] ?? "", cancellationToken);
        var choices = new JsonArray([.. suggestions.Take(OptionSuggester.MaxSuggestions).Select(s => (JsonNode)new JsonObject
        {
            ["name"] = ReplySplitter.Fit(s.Name, ChoiceLength),
            ["value"] = ReplySplitter.Fit(s.Value, ChoiceLength),
        })]);
        await rest.CreateInteractionResponseRawAsync(interaction.Id, interaction.Token, InteractionCallbackType.ApplicationCommandAutocompleteResult,
            new JsonObject { ["choices"] = choices }, cancellationToken);
    }
}
