using System.Text;

namespace PaperBot.Ingestion.Inputs;

/// <summary>Turns bytes into text, refusing what is not text: every source format here is UTF-8.</summary>
internal static class InputDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static InputContent Decode(string origin, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return InputContent.Unreadable(origin, "empty file");
        if (bytes.Contains((byte)0))
            return InputContent.Unreadable(origin, "binary file (it contains NUL bytes), not text");
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return InputContent.Unreadable(origin, "not UTF-8 text (a binary file?)");
        }
        text = text.TrimStart('\uFEFF');
        return string.IsNullOrWhiteSpace(text)
            ? InputContent.Unreadable(origin, "empty file (only white space)")
            : InputContent.Read(origin, text);
    }
}
