using System.Text.RegularExpressions;
using PaperBot.Core.Chat;
using Spectre.Console;

namespace PaperBot.Host.Terminal;

/// <summary>Renders neutral replies as numbered cards in the terminal.</summary>
public static partial class TerminalRenderer
{
    public static void Render(IAnsiConsole console, Reply reply)
    {
        RenderLine(console, reply.Text, reply.IsError);
        for (var i = 0; i < reply.Cards.Count; i++)
            RenderCard(console, i + 1, reply.Cards[i]);
        if (reply.Cards.Count > 0)
            console.MarkupLine("[grey]Rate with +1 N or -1 N (N is the card number); undo N takes a thumb back.[/]");
    }

    public static void RenderLine(IAnsiConsole console, string text, bool isError = false) =>
        console.MarkupLine($"[{(isError ? "yellow" : "default")}]{Markup.Escape(text)}[/]");

    public static void RenderCard(IAnsiConsole console, int number, PaperCard card)
    {
        console.MarkupLine($"[bold]{number,2}. {Markup.Escape(card.Title)}[/] [grey]({Markup.Escape(card.Paper.Value)})[/]");
        var byline = string.Join(" · ", new[] { card.Authors, card.Link }.Where(s => !string.IsNullOrEmpty(s)));
        if (byline.Length > 0)
            console.MarkupLine($"    [grey]{Markup.Escape(byline)}[/]");
        if (!string.IsNullOrEmpty(card.Snippet))
            console.MarkupLine("    " + Emphasis(card.Snippet));
        if (!string.IsNullOrEmpty(card.Reason))
            console.MarkupLine($"    [italic]why: {Markup.Escape(card.Reason)}[/]");
    }

    /// <summary>Turns the core's <c>**word**</c> marks into bold, escaping everything else.</summary>
    private static string Emphasis(string text) => Marked().Replace(Markup.Escape(text), "[bold]$1[/]");

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Marked();
}
