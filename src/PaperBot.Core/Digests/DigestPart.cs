using PaperBot.Core.Chat;

namespace PaperBot.Core.Digests;

/// <summary>One message of a digest: the header line, or one paper's card. A digest posts one message per paper so that
/// a reaction on a message names exactly one paper, and so that no platform limit can cut a card in two.</summary>
public sealed record DigestPart(string Text, PaperCard? Card = null);
