using System.Text.Json;
using PaperBot.Storage.LiteDb;

namespace PaperBot.Host.Backups;

/// <summary>One file of a backup, with what it must measure to be the file that was written.</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);

/// <summary><c>manifest.json</c>, written last: a backup folder without one is an interrupted backup and is never restored.</summary>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, string Source, DatabaseFacts Database, string? ModelVersion, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const string IncompleteMarker = "INCOMPLETE";
    public const string DatabaseFile = "paperbot.db";
    public const string ModelFolder = "paperbot.models";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BackupManifest? FromJson(string json) => JsonSerializer.Deserialize<BackupManifest>(json, Json);
}
