namespace PaperBot.Host.Hosting;

/// <summary>Everything PaperBot keeps lives beside its database file, so one folder (the Docker volume) holds it all.</summary>
public static class DataPaths
{
    /// <summary><c>data/paperbot.db</c> → <c>data/paperbot.index</c>.</summary>
    public static string IndexFor(string databasePath) => Path.ChangeExtension(Path.GetFullPath(databasePath), ".index");

    /// <summary><c>data/paperbot.db</c> → <c>data/paperbot.models</c>.</summary>
    public static string ModelsFor(string databasePath) => Path.ChangeExtension(Path.GetFullPath(databasePath), ".models");

    /// <summary>A relative path is read from the working folder when it is there, else from beside the binary (the Docker image, a published build).</summary>
    public static string Resolve(string path) => Resolve(path, Directory.GetCurrentDirectory());

    /// <summary>As <see cref="Resolve(string)"/>, from another working folder (that of a command the running bot serves).</summary>
    public static string Resolve(string path, string workingDirectory)
    {
        if (Path.IsPathRooted(path))
            return path;
        var local = Path.GetFullPath(path, workingDirectory);
        var shipped = Path.Combine(AppContext.BaseDirectory, path);
        return Path.Exists(local) || !Path.Exists(shipped) ? local : shipped;
    }
}
