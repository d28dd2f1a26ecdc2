using System.ComponentModel.DataAnnotations;

namespace PaperBot.Storage.LiteDb;

/// <summary>Where the database lives (section <c>Storage</c>; <c>--db PATH</c> and <c>PAPERBOT_Storage__Path</c> set it too).</summary>
public sealed class LiteDbOptions
{
    public const string Section = "Storage";

    public const string DefaultPath = "data/paperbot.db";

    /// <summary>The database file; a relative path is taken from the working folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = DefaultPath;
}
