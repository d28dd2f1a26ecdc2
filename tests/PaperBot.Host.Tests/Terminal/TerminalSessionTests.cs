using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Core;
using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Recommending;
using PaperBot.Core.Search;
using PaperBot.Core.Users;
using PaperBot.Host.Terminal;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Terminal;

public sealed class TerminalSessionTests
{
    private static readonly UserRef Bob = UserRef.Terminal("bob");
    private readonly InMemoryRatingStore ratings = new();
    private readonly InMemoryChannelAudience audience = new();
    private readonly Paper first = PaperBuilder.Paper("Spiking networks one", arxivId: "2401.00001");
    private readonly Paper second = PaperBuilder.Paper("Spiking networks two", arxivId: "2401.00002");
    private readonly TerminalSession session;

    public TerminalSessionTests()
    {
        var papers = new InMemoryPaperStore();
        papers.SaveAsync([first, second]).GetAwaiter().GetResult();
        var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(TimeProvider.System)
            .AddSingleton<IPaperStore>(papers)
            .AddSingleton<IRatingStore>(ratings)
            .AddSingleton<IChannelAudience>(audience)
            .AddInMemoryPaperBot()
            .BuildServiceProvider();
        session = new TerminalSession(provider.GetRequiredService<CommandRouter>(), provider.GetRequiredService<RatingService>(), Bob, RequesterFacts.None);
    }

    [Fact]
    public async Task Plus_and_minus_rate_the_numbered_cards_of_the_last_reply()
    {
        await session.HandleAsync("/papers search spiking");
        await session.HandleAsync("+1 2");
        await session.HandleAsync("-1 1");
        var byPaper = (await ratings.ForUserAsync(Bob)).ToDictionary(r => r.Paper, r => r.Thumb);
        Assert.Equal(Thumb.Up, byPaper[second.Id]);
        Assert.Equal(Thumb.Down, byPaper[first.Id]);
    }

    [Fact]
    public async Task The_terminal_is_a_direct_conversation_so_its_thumbs_join_no_channel_audience()
    {
        await session.HandleAsync("/papers search spiking");
        await session.HandleAsync("+1 1");

        Assert.Single(await ratings.ForUserAsync(Bob));
        Assert.Equal(0, await audience.ForgetAsync(Bob));
    }

    [Fact]
    public async Task Undo_takes_a_thumb_back()
    {
        await session.HandleAsync("/papers search spiking");
        await session.HandleAsync("+1 1");
        var reply = await session.HandleAsync("undo 1");
        Assert.False(reply.IsError);
        Assert.Empty(await ratings.ForUserAsync(Bob));
        Assert.True((await session.HandleAsync("undo 1")).IsError);
    }

    [Theory]
    [InlineData("+1 3", "not a card number")]
    [InlineData("+1 x", "not a card number")]
    [InlineData("what now", "/papers help")]
    public async Task Mistakes_are_explained(string line, string expected)
    {
        await session.HandleAsync("/papers search spiking");
        var reply = await session.HandleAsync(line);
        Assert.True(reply.IsError);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(await ratings.ForUserAsync(Bob));
    }

    [Fact]
    public async Task Rating_before_any_cards_says_to_search_first()
    {
        var reply = await session.HandleAsync("+1 1");
        Assert.Contains("search first", reply.Text, StringComparison.Ordinal);
    }
}
