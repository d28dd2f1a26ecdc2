using PaperBot.Core.Digests;
using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

public sealed class InMemoryChannelAudienceTests : ChannelAudienceContract
{
    protected override IChannelAudience Audience { get; } = new InMemoryChannelAudience();
}
