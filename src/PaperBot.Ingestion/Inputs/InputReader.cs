using System.Diagnostics.CodeAnalysis;

namespace PaperBot.Ingestion.Inputs;

/// <summary>Turns what a person named (files, folders, http(s) URLs) into texts to parse.</summary>
public sealed class InputReader(HttpInputFetcher http)
{
    // The default walk skips hidden files, so a folder's .gitkeep or editor droppings are not reported as bad inputs.
    private static readonly EnumerationOptions FolderWalk = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    /// <summary>Each folder becomes its files (recursively, in path order); files, URLs and names that do not exist
    /// stay as they are, to be reported when read. An empty folder stays too, and is reported as empty.</summary>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> inputs)
    {
        var locations = new List<string>();
        foreach (var input in inputs)
        {
            var files = !IsUrl(input, out _) && Directory.Exists(input)
                ? Directory.EnumerateFiles(input, "*", FolderWalk).Order(StringComparer.Ordinal).ToList()
                : [];
            locations.AddRange(files.Count > 0 ? files : [input]);
        }
        return locations;
    }

    /// <summary>The text at one location from <see cref="Expand"/>, or why there is none.</summary>
    public async Task<InputContent> ReadAsync(string location, CancellationToken cancellationToken = default)
    {
        if (IsUrl(location, out var url))
            return await http.FetchAsync(url, cancellationToken);
        if (Directory.Exists(location))
            return InputContent.Unreadable(location, "the folder holds no files");
        if (!File.Exists(location))
            return InputContent.Unreadable(location, "no such file, folder or http(s) URL");
        try
        {
            var bytes = await File.ReadAllBytesAsync(location, cancellationToken);
            return InputDecoder.Decode(location, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputContent.Unreadable(location, $"could not read: {e.Message}");
        }
    }

    /// <summary>Whether an input names an http(s) URL rather than a file or folder.</summary>
    public static bool IsUrl(string input, [NotNullWhen(true)] out Uri? url) =>
        Uri.TryCreate(input, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
