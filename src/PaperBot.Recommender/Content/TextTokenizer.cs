using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Content;

/// <summary>Splits text into lower-case word tokens (a letter, then letters or digits; at least two characters),
/// skipping stop words. Works on spans so that featurizing a large catalogue allocates little.</summary>
internal static class TextTokenizer
{
    public delegate void TokenHandler(ReadOnlySpan<char> token);

    public static void Tokenize(string text, TokenHandler onToken)
    {
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var tooLong = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length < buffer.Length)
                    buffer[length++] = char.ToLowerInvariant(c);
                else
                    tooLong = true;
                continue;
            }
            Emit(buffer[..length], tooLong, onToken);
            length = 0;
            tooLong = false;
        }
        Emit(buffer[..length], tooLong, onToken);
    }

    private static void Emit(ReadOnlySpan<char> token, bool tooLong, TokenHandler onToken)
    {
        // Long runs are URLs or hashes, not words.
        if (tooLong || token.Length < 2 || !char.IsLetter(token[0]) || StopWords.Lookup.Contains(token))
            return;
        onToken(token);
    }

    /// <summary>An author's name as one token, so it never mixes with words.</summary>
    public static string AuthorToken(string author) => "@" + PaperTitle.Key(author);
}
