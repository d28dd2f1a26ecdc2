namespace PaperBot.Ingestion;

/// <summary>One source format. Parsers are pure functions of text: no I/O, no clock.</summary>
public interface IPaperParser
{
    /// <summary>A short name: <c>seed-page</c>, <c>arxiv-atom</c>, <c>hf-daily</c>.</summary>
    string Format { get; }

    /// <summary>Whether the text looks like this format (sniffed from its content, not its file name).</summary>
    bool Recognizes(string text);

    ParseResult Parse(SourceText source);
}
