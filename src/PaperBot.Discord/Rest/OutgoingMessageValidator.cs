namespace PaperBot.Discord.Rest;

/// <summary>Discord's documented message limits (Message resource, Embed limits, Component reference), checked
/// before sending so a bad message fails here with a clear reason instead of a 400 50035.</summary>
internal static class OutgoingMessageValidator
{
    public const int MaxContent = 2000;
    public const int MaxEmbeds = 10;
    public const int MaxEmbedTotal = 6000;
    public const int MaxTitle = 256;
    public const int MaxDescription = 4096;
    public const int MaxFields = 25;
    public const int MaxFieldName = 256;
    public const int MaxFieldValue = 1024;
    public const int MaxFooter = 2048;
    public const int MaxAuthorName = 256;
    public const int MaxRows = 5;
    public const int MaxButtonsPerRow = 5;
    public const int MaxLabel = 80;
    public const int MaxCustomId = 100;
    public const int MaxUrl = 512;
    public const int MaxNonce = 25;

    public static void Validate(OutgoingMessage message)
    {
        Check(message.Content is null || message.Content.Length <= MaxContent, $"content is longer than {MaxContent} characters");
        ValidateEmbeds(message.Embeds ?? []);
        ValidateComponents(message.Components ?? []);
    }

    public static void ValidateNonce(string? nonce) =>
        Check(nonce is null || (nonce.Length is > 0 and <= MaxNonce), $"nonce must be 1 to {MaxNonce} characters");

    private static void ValidateEmbeds(IReadOnlyList<Embed> embeds)
    {
        Check(embeds.Count <= MaxEmbeds, $"more than {MaxEmbeds} embeds");
        var total = 0;
        foreach (var embed in embeds)
        {
            Check(Length(embed.Title) <= MaxTitle, $"embed title is longer than {MaxTitle}");
            Check(Length(embed.Description) <= MaxDescription, $"embed description is longer than {MaxDescription}");
            Check(Length(embed.Footer?.Text) <= MaxFooter, $"embed footer is longer than {MaxFooter}");
            Check(Length(embed.Author?.Name) <= MaxAuthorName, $"embed author name is longer than {MaxAuthorName}");
            var fields = embed.Fields ?? [];
            Check(fields.Count <= MaxFields, $"more than {MaxFields} embed fields");
            foreach (var field in fields)
            {
                Check(field.Name.Length <= MaxFieldName, $"embed field name is longer than {MaxFieldName}");
                Check(field.Value.Length <= MaxFieldValue, $"embed field value is longer than {MaxFieldValue}");
                total += field.Name.Length + field.Value.Length;
            }
            total += Length(embed.Title) + Length(embed.Description) + Length(embed.Footer?.Text) + Length(embed.Author?.Name);
        }
        Check(total <= MaxEmbedTotal, $"embed text adds up to {total}, over {MaxEmbedTotal}");
    }

    private static void ValidateComponents(IReadOnlyList<ActionRow> rows)
    {
        Check(rows.Count <= MaxRows, $"more than {MaxRows} action rows");
        var customIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Check(row.Buttons.Count is > 0 and <= MaxButtonsPerRow, $"an action row needs 1 to {MaxButtonsPerRow} buttons");
            foreach (var button in row.Buttons)
            {
                Check(Length(button.Label) <= MaxLabel, $"button label is longer than {MaxLabel}");
                if (button.Style == ButtonStyle.Link)
                {
                    Check(button.Url is { Length: > 0 and <= MaxUrl } && button.CustomId is null, "a link button needs a url (≤ 512) and no custom_id");
                    continue;
                }
                Check(button.CustomId is { Length: > 0 and <= MaxCustomId }, $"button custom_id must be 1 to {MaxCustomId} characters");
                Check(customIds.Add(button.CustomId!), $"custom_id '{button.CustomId}' is used twice in one message");
            }
        }
    }

    private static int Length(string? text) => text?.Length ?? 0;

    private static void Check(bool condition, string problem)
    {
        if (!condition)
            throw new ArgumentException("Discord would reject this message: " + problem + ".");
    }
}
