namespace PaperBot.Host.Backups;

/// <summary>A backup or restore that cannot be done as asked; the message says why and what to do, and nothing stored was changed.</summary>
public sealed class BackupException(string message) : Exception(message);
