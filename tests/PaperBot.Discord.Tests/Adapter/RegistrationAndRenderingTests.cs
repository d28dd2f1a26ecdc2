using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Core.Digests;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Rendering;
using PaperBot.Discord.Rest;
using PaperBot.TestKit;

namespace PaperBot.Discord.Tests.Adapter;

public sealed class RegistrationAndRenderingTests
{
    private static IReadOnlyList<CommandDescriptor> Descriptors() =>
        new ServiceCollection().AddInMemoryPaperBot().BuildServiceProvider().GetRequiredService<CommandRouter>().Descriptors;

    private static JsonNode Subcommand(string name) =>
        SlashCommandDefinitions.Build(Descriptors())[0]!["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == name)!;

    private static JsonNode OptionOf(string subcommand, string option) =>
        Subcommand(subcommand)["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == option)!;

    [Fact]
    public void Papers_is_one_command_with_a_subcommand_per_descriptor_and_typed_options()
    {
        var papers = SlashCommandDefinitions.Build(Descriptors()).Single()!;
        Assert.Equal("papers", papers["name"]!.GetValue<string>());
        Assert.Equal(Descriptors().Select(d => d.Name).Order(StringComparer.Ordinal), papers["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        Assert.Equal((3, true), (OptionOf("search", "query")["type"]!.GetValue<int>(), OptionOf("search", "query")["required"]!.GetValue<bool>()));
        var size = OptionOf("subscribe", "size");
        Assert.Equal((4, 1, 20), (size["type"]!.GetValue<int>(), size["min_value"]!.GetValue<int>(), size["max_value"]!.GetValue<int>()));
        Assert.True(OptionOf("subscribe", "tz")["autocomplete"]!.GetValue<bool>());
        Assert.True(OptionOf("show", "id")["autocomplete"]!.GetValue<bool>());
        Assert.Equal(["dm", "channel"], OptionOf("subscribe", "where")["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        foreach (var name in new[] { "time", "tz", "days", "size", "topics", "exclude", "categories", "where" })
            Assert.NotNull(OptionOf("subscribe", name));
        Assert.All(papers["options"]!.AsArray(), s => Assert.InRange(s!["description"]!.GetValue<string>().Length, 1, 100));
    }

    [Fact]
    public void What_discord_returns_for_the_registered_commands_counts_as_unchanged_and_a_changed_option_does_not()
    {
        var wanted = SlashCommandDefinitions.Build(Descriptors());
        // Discord answers with ids and versions added and required:false left out.
        var returned = JsonNode.Parse(wanted.ToJsonString())!.AsArray();
        returned[0]!["id"] = "123";
        returned[0]!["version"] = "9";
        foreach (var option in returned[0]!["options"]!.AsArray().SelectMany(s => s!["options"]!.AsArray()).OfType<JsonObject>().Where(o => o["required"]!.GetValue<bool>() == false))
            option.Remove("required");
        Assert.True(CommandDefinitionComparer.Same(wanted, returned.Select(r => JsonDocument.Parse(r!.ToJsonString()).RootElement)));

        returned[0]!["options"]![0]!["description"] = "something else";
        Assert.False(CommandDefinitionComparer.Same(wanted, returned.Select(r => JsonDocument.Parse(r!.ToJsonString()).RootElement)));
    }

    [Fact]
    public void Twenty_recommendations_become_messages_discord_accepts_with_every_card_and_button()
    {
        var cards = Enumerable.Range(1, 20).Select(i => PaperCard.For(
            PaperBuilder.Paper($"A very long title about attention number {i} " + new string('x', 300), string.Concat(Enumerable.Repeat("abstract words ", 400))),
            reason: "Because " + new string('y', 2000))).ToList();
        var pages = ReplySplitter.Split(Reply.WithCards(new string('h', 2500), cards, ephemeral: true), DiscordRenderer.Limits);
        var number = 1;
        var messages = new List<OutgoingMessage>();
        foreach (var page in pages)
        {
            messages.Add(DiscordRenderer.Page(page, number, ephemeral: true));
            number += page.Cards.Count;
        }
        Assert.All(messages, OutgoingMessageValidator.Validate);
        Assert.Equal(20, messages.Sum(m => m.Embeds?.Count ?? 0));
        Assert.Equal(40, messages.SelectMany(m => m.Components ?? []).Sum(r => r.Buttons.Count));
        Assert.Equal("👍 20", messages[^1].Components![^1].Buttons[0].Label);
    }

    [Fact]
    public void A_digest_card_message_leads_back_to_its_paper_through_its_buttons()
    {
        var paper = PaperBuilder.Paper("Graph neural networks");
        var message = DiscordRenderer.Part(new DigestPart(paper.Title, PaperCard.For(paper)));
        OutgoingMessageValidator.Validate(message);
        var posted = new DiscordMessage(1, 2, 3, "", null, message.Embeds!, message.Components!, MessageFlags.None, null);
        Assert.Equal(paper.Id.Value, DiscordRenderer.PaperShown(posted));
        Assert.Equal(paper.Id.Value, message.Embeds![0].Footer!.Text);
    }
}
