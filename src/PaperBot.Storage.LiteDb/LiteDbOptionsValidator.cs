using Microsoft.Extensions.Options;

namespace PaperBot.Storage.LiteDb;

/// <summary>Refuses a path that cannot name a file, so a typo fails at start rather than at the first write.</summary>
public sealed class LiteDbOptionsValidator : IValidateOptions<LiteDbOptions>
{
    public ValidateOptionsResult Validate(string? name, LiteDbOptions options)
    {
        var path = options.Path;
        if (string.IsNullOrWhiteSpace(path))
            return ValidateOptionsResult.Fail("Storage:Path is empty; give the database file, e.g. data/paperbot.db.");
        if (path.AsSpan().IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
            return ValidateOptionsResult.Fail($"Storage:Path '{path}' contains characters that cannot be in a path.");
        if (path.EndsWith(System.IO.Path.DirectorySeparatorChar) || path.EndsWith(System.IO.Path.AltDirectorySeparatorChar))
            return ValidateOptionsResult.Fail($"Storage:Path '{path}' names a folder; give a file inside it, e.g. {System.IO.Path.Combine(path, "paperbot.db")}.");
        string full;
        try
        {
            full = System.IO.Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return ValidateOptionsResult.Fail($"Storage:Path '{path}' is not a valid path: {e.Message}");
        }
        return Directory.Exists(full)
            ? ValidateOptionsResult.Fail($"Storage:Path '{path}' is a folder; give a file inside it, e.g. {System.IO.Path.Combine(path, "paperbot.db")}.")
            : ValidateOptionsResult.Success;
    }
}
