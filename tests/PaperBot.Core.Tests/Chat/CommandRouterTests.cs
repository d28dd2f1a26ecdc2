using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Recommending;
using PaperBot.Core.Search;
using PaperBot.Core.Users;
using PaperBot.TestKit;

namespace PaperBot.Core.Tests.Chat;

public sealed class CommandRouterTests
{
    private static readonly UserRef Alice = UserRef.Terminal("alice");
    private static readonly Conversation Dm = new(Platforms.Terminal, Platforms.LocalWorkspace, "t", IsDirect: true);

    private readonly InMemoryPaperStore papers = new();
    private readonly InMemoryRatingStore ratings = new();
    private readonly Paper spiking = PaperBuilder.Paper("Spiking Neural Networks for Vision", "Spikes all the way down.", arxivId: "2401.00001");
    private readonly CommandRouter router;

    public CommandRouterTests()
    {
        papers.SaveAsync([spiking]).GetAwaiter().GetResult();
        var services = new ServiceCollection()
            .AddSingleton<IPaperStore>(papers)
            .AddSingleton<IRatingStore>(ratings)
            .AddInMemoryPaperBot();
        router = services.BuildServiceProvider().GetRequiredService<CommandRouter>();
    }

    private ValueTask<Reply> Say(string line) => router.SayAsync(Alice, Dm, RequesterFacts.None, line);

    [Fact]
    public async Task Search_answers_with_cards_that_carry_rate_buttons()
    {
        var reply = await Say("/papers search spiking");
        var card = Assert.Single(reply.Cards);
        Assert.Equal(spiking.Id, card.Paper);
        Assert.Equal(["👍", "👎"], card.Actions.Select(a => a.Label));
        Assert.Equal(ActionId.Rate(spiking.Id, Thumb.Up), card.Actions[0].Id);
        Assert.False(reply.IsError);
    }

    [Fact]
    public async Task Search_with_no_match_says_so()
    {
        var reply = await Say("/papers search quantum gravity");
        Assert.Empty(reply.Cards);
        Assert.Contains("No papers match", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_during_an_index_rebuild_says_papers_may_be_missing_and_stops_saying_it_after()
    {
        var services = new ServiceCollection()
            .AddSingleton<IPaperStore>(papers)
            .AddSingleton<IRatingStore>(ratings)
            .AddInMemoryPaperBot()
            .BuildServiceProvider();
        var chat = services.GetRequiredService<CommandRouter>();
        var rebuild = services.GetRequiredService<IndexRebuildStatus>();
        rebuild.Report(41_000, 1_000_000);

        var found = await chat.SayAsync(Alice, Dm, RequesterFacts.None, "/papers search spiking");
        var missing = await chat.SayAsync(Alice, Dm, RequesterFacts.None, "/papers search quantum gravity");
        rebuild.Finished();
        var after = await chat.SayAsync(Alice, Dm, RequesterFacts.None, "/papers search spiking");

        Assert.Single(found.Cards);
        Assert.Contains("being rebuilt (41,000 of 1,000,000 papers)", found.Text, StringComparison.Ordinal);
        Assert.Contains("No papers match “quantum gravity” yet. The search index is being rebuilt", missing.Text, StringComparison.Ordinal);
        Assert.Single(after.Cards);
        Assert.DoesNotContain("rebuilt", after.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/papers search spiking top:0", "top must be")]
    [InlineData("/papers search spiking top:many", "top must be")]
    [InlineData("/papers search", "needs query")]
    [InlineData("/papers frobnicate", "There is no `/papers frobnicate`")]
    [InlineData("/papers show 12", "is not a paper id")]
    [InlineData("/papers show 2401.99999", "No paper 2401.99999")]
    public async Task Bad_input_gets_a_precise_message_only_the_requester_sees(string line, string expected)
    {
        var reply = await Say(line);
        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_accepts_a_versioned_id()
    {
        var reply = await Say("/papers show arXiv:2401.00001v2");
        Assert.Equal(spiking.Id, Assert.Single(reply.Cards).Paper);
        Assert.Equal(spiking.Abstract, reply.Cards[0].Snippet);
    }

    [Fact]
    public async Task Help_lists_every_command_with_its_usage()
    {
        var reply = await Say("/papers help");
        foreach (var usage in new[] { "/papers search <query>", "/papers show <id>", "/papers help" })
            Assert.Contains(usage, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_click_records_the_thumb_and_the_latest_thumb_wins()
    {
        await router.ClickAsync(Alice, Dm, ActionId.Rate(spiking.Id, Thumb.Up));
        var reply = await router.ClickAsync(Alice, Dm, ActionId.Rate(spiking.Id, Thumb.Down));
        Assert.Contains("👎", reply.Text, StringComparison.Ordinal);
        var rating = Assert.Single(await ratings.ForUserAsync(Alice));
        Assert.Equal(Thumb.Down, rating.Thumb);
        Assert.Equal("button", rating.Source);
    }

    [Fact]
    public async Task Recommend_shows_cards_with_reasons_and_leaves_out_rated_papers()
    {
        var other = PaperBuilder.Paper("Another Paper", arxivId: "2401.00002");
        await papers.SaveAsync([other]);
        await router.ClickAsync(Alice, Dm, ActionId.Rate(spiking.Id, Thumb.Up));
        var reply = await Say("/papers recommend top:3");
        var card = Assert.Single(reply.Cards);
        Assert.Equal(other.Id, card.Paper);
        Assert.Equal("next in the catalogue", card.Reason);
        Assert.True((await Say("/papers recommend top:50")).IsError);
    }

    [Fact]
    public async Task Rating_a_paper_not_in_the_catalogue_is_refused_and_stores_nothing()
    {
        var reply = await router.ClickAsync(Alice, Dm, ActionId.Rate(new PaperId("2401.99999"), Thumb.Up));
        Assert.True(reply.IsError);
        Assert.Equal(0, await ratings.CountAsync());
    }

    [Fact]
    public async Task A_failing_command_gives_an_apology_not_an_exception()
    {
        var services = new ServiceCollection()
            .AddSingleton<IPaperStore>(papers)
            .AddSingleton<IRatingStore>(ratings)
            .AddSingleton<IPaperIndex>(new BrokenIndex())
            .AddInMemoryPaperBot();
        var broken = services.BuildServiceProvider().GetRequiredService<CommandRouter>();
        var reply = await broken.SayAsync(Alice, Dm, RequesterFacts.None, "/papers search anything");
        Assert.True(reply.IsError);
        Assert.Contains("failed on our side", reply.Text, StringComparison.Ordinal);
    }

    /// <summary>An index that cannot be read.</summary>
    private sealed class BrokenIndex() : TitleMatchIndex(new InMemoryPaperStore())
    {
        public override Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default) =>
            throw new IOException("index unreadable");
    }
}
