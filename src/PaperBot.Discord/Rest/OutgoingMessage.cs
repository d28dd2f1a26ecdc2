namespace PaperBot.Discord.Rest;

/// <summary>A message PaperBot sends: to a channel, as an interaction response, an @original edit or a followup.
/// Mentions are never parsed: every outgoing body carries <c>allowed_mentions: {"parse": []}</c>.</summary>
public sealed record OutgoingMessage(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<ActionRow>? Components = null,
    MessageFlags Flags = MessageFlags.None);

/// <summary>The message <c>flags</c> field, named as Discord names it.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Discord's own name for the field")]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
}

public sealed record Embed(
    string? Title = null,
    string? Description = null,
    string? Url = null,
    int? Color = null,
    IReadOnlyList<EmbedField>? Fields = null,
    EmbedFooter? Footer = null,
    EmbedAuthor? Author = null);

public sealed record EmbedField(string Name, string Value, bool Inline = false);

public sealed record EmbedFooter(string Text);

public sealed record EmbedAuthor(string Name, string? Url = null);

/// <summary>A legacy action row of up to five buttons.</summary>
public sealed record ActionRow(IReadOnlyList<Button> Buttons);

/// <summary>A button: <see cref="ButtonStyle.Link"/> needs <paramref name="Url"/>, every other style a <paramref name="CustomId"/>.</summary>
public sealed record Button(ButtonStyle Style, string? Label, string? CustomId = null, string? Url = null, bool Disabled = false);

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}
