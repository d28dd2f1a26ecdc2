namespace PaperBot.TestKit;

/// <summary>Finds the repository's own folders (seeds/, config/) from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("PaperBot.sln not found above " + AppContext.BaseDirectory);
    }
}
