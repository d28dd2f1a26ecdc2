using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using PaperBot.Core.Papers;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>
/// Versioned model folders under <see cref="RecommenderOptions.ModelFolder"/>: each version is a folder holding the
/// ML.NET model (<c>model.zip</c>), the vocabulary, people, papers and thumbs it knows (<c>index.bin</c>) and
/// <c>metadata.json</c>. A version is written under a temporary name and renamed when complete, and the file
/// <c>current</c> names the version in service; it is replaced by an atomic rename, so a reader never sees half a model.
/// Beside the model, <c>features.bin</c> keeps its papers' features (<see cref="FeatureFile"/>): a cache, added once
/// the trained model is loaded back (or by the first view of a model without it), kept only for the version in
/// service, and left out of backups.
/// </summary>
internal sealed class ModelStore(string root)
{
    private const string CurrentFile = "current";
    private const string IncomingPrefix = ".incoming-";
    private const int IndexFormat = 1;

    /// <summary>The name of a version's features file (<see cref="FeatureFile"/>).</summary>
    public const string FeaturesFile = "features.bin";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Root { get; } = root;

    public string FolderOf(string version) => Path.Combine(Root, version);

    /// <summary>A new version name, sortable by time and not yet taken.</summary>
    public string NextVersion(DateTimeOffset now)
    {
        var stem = now.UtcDateTime.ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture);
        var version = stem;
        for (var n = 2; Directory.Exists(FolderOf(version)); n++)
            version = $"{stem}-{n}";
        return version;
    }

    /// <summary>Writes the model as a new version folder and returns the folder; nothing is visible until it is complete.</summary>
    public string Save(BuiltModel built)
    {
        Directory.CreateDirectory(Root);
        var version = built.Model.Metadata.Version;
        var incoming = Path.Combine(Root, IncomingPrefix + version + "-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(incoming);
            new MLContext().Model.Save(built.Transformer, built.Schema, Path.Combine(incoming, "model.zip"));
            using (var stream = File.Create(Path.Combine(incoming, "index.bin")))
            using (var writer = new BinaryWriter(stream))
                WriteIndex(writer, built.Model);
            File.WriteAllText(Path.Combine(incoming, "metadata.json"), JsonSerializer.Serialize(built.Model.Metadata, Json));
            var folder = FolderOf(version);
            Directory.Move(incoming, folder);
            return folder;
        }
        catch
        {
            TryDelete(incoming);
            throw;
        }
    }

    public RecommenderModel Load(string version)
    {
        var folder = FolderOf(version);
        var metadata = JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(Path.Combine(folder, "metadata.json")))
            ?? throw new InvalidDataException($"{folder}: empty metadata.");
        using var stream = File.OpenRead(Path.Combine(folder, "index.bin"));
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != IndexFormat)
            throw new InvalidDataException($"{folder}: unknown index format.");
        var (users, papers, terms, meta, usesPaperField) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean());
        var userKeys = new string[reader.ReadInt32()];
        for (var i = 0; i < userKeys.Length; i++)
            userKeys[i] = reader.ReadString();
        var paperIds = new PaperId[reader.ReadInt32()];
        for (var i = 0; i < paperIds.Length; i++)
            paperIds[i] = new PaperId(reader.ReadString());
        var content = ContentSpace.ReadFrom(reader);
        var ratings = RatingSnapshot.ReadFrom(reader);
        var transformer = new MLContext().Model.Load(Path.Combine(folder, "model.zip"), out _) as FieldAwareFactorizationMachinePredictionTransformer
            ?? throw new InvalidDataException($"{folder}: model.zip is not a field-aware factorization machine.");
        var weights = FactorizationTrainer.WeightsOf(transformer, users, papers, terms, meta, usesPaperField);
        return new RecommenderModel(metadata, content, userKeys, paperIds, weights, ratings);
    }

    public void SaveFeatures(RecommenderModel model, TrainedFeatures features) =>
        FeatureFile.Write(FeaturesOf(model.Metadata.Version), model.Metadata.Version, model.Content, features);

    /// <summary>The features saved beside the model, or null when it has none.</summary>
    /// <exception cref="InvalidDataException">The file is damaged or not this model's.</exception>
    public TrainedFeatures? LoadFeatures(RecommenderModel model)
    {
        var path = FeaturesOf(model.Metadata.Version);
        return File.Exists(path) ? FeatureFile.Read(path, model.Metadata.Version, model.Content, model.PaperIds.Length) : null;
    }

    private string FeaturesOf(string version) => Path.Combine(FolderOf(version), FeaturesFile);

    public string? CurrentVersion()
    {
        var path = Path.Combine(Root, CurrentFile);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }

    /// <summary>Puts a saved version in service: the pointer file is replaced in one rename.</summary>
    public void Activate(string version)
    {
        var temporary = Path.Combine(Root, CurrentFile + "." + Guid.NewGuid().ToString("N"));
        File.WriteAllText(temporary, version);
        File.Move(temporary, Path.Combine(Root, CurrentFile), overwrite: true);
    }

    /// <summary>Saved versions, newest first.</summary>
    public IReadOnlyList<string> Versions() =>
        Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>()
                .Where(name => !name.StartsWith('.')).OrderDescending(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Deletes all but the newest <paramref name="keep"/> versions, never the one in service, and the features
    /// files of all but that one (0.8 GB each at a million papers; an older model, if ever loaded, featurizes).</summary>
    public void Prune(int keep)
    {
        var current = CurrentVersion();
        var versions = Versions();
        foreach (var version in versions.Skip(Math.Max(1, keep)).Where(v => v != current))
            TryDelete(FolderOf(version));
        foreach (var version in versions.Take(Math.Max(1, keep)).Where(v => v != current))
        {
            try
            {
                File.Delete(FeaturesOf(version));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Left for the next training's pruning.
            }
        }
    }

    public void Discard(string version) => TryDelete(FolderOf(version));

    private static void WriteIndex(BinaryWriter writer, RecommenderModel model)
    {
        var weights = model.Weights;
        writer.Write(IndexFormat);
        writer.Write(weights.Users);
        writer.Write(weights.Papers);
        writer.Write(weights.Terms);
        writer.Write(weights.Meta);
        writer.Write(weights.UsesPaperField);
        writer.Write(model.UserKeys.Length);
        foreach (var key in model.UserKeys)
            writer.Write(key);
        writer.Write(model.PaperIds.Length);
        foreach (var id in model.PaperIds)
            writer.Write(id.Value);
        model.Content.WriteTo(writer);
        model.Ratings.WriteTo(writer);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder is harmless: names starting with '.' are never loaded, old versions are pruned again next time.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
