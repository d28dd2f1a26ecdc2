namespace PaperBot.Recommender.Model;

/// <summary>The model in service as files, for backups: its version folder (whose model is never changed once
/// written) and the <c>current</c> pointer naming it, without the features file, which the first ranking after a start writes again.
/// Older versions are left behind; a model can always be trained again.</summary>
public static class ModelFiles
{
    /// <summary>Copies the model in service from one model folder to another and puts it in service there.</summary>
    /// <returns>The version copied, or null when no model was trained yet.</returns>
    public static string? CopyCurrent(string fromFolder, string toFolder)
    {
        var from = new ModelStore(fromFolder);
        var to = new ModelStore(toFolder);
        // A retrain may put a new version in service and prune the old one while we copy; then the new one is taken.
        for (var attempt = 0; ; attempt++)
        {
            if (from.CurrentVersion() is not { } version)
                return null;
            try
            {
                var target = to.FolderOf(version);
                Directory.CreateDirectory(target);
                // The features file is a cache of what the catalogue gives again, as large as the vectors (0.8 GB at a million papers).
                foreach (var file in Directory.GetFiles(from.FolderOf(version)).Where(f => Path.GetFileName(f) != ModelStore.FeaturesFile))
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
                to.Activate(version);
                return version;
            }
            catch (IOException) when (attempt < 2 && !Directory.Exists(from.FolderOf(version)))
            {
            }
        }
    }
}
