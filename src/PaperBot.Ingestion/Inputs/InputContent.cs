namespace PaperBot.Ingestion.Inputs;

/// <summary>One input file or URL: its text, or (with an empty text) the problem that kept it from being read.</summary>
public sealed record InputContent(string Origin, string Text, IngestProblem? Problem)
{
    public static InputContent Read(string origin, string text) => new(origin, text, null);

    public static InputContent Unreadable(string origin, string reason) => new(origin, "", new IngestProblem(origin, null, reason));
}
