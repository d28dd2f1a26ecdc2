namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>Bookkeeping in the <c>meta</c> collection: <c>{ _id: "schema", Version }</c> and <c>{ _id: "catalogue", Revision }</c>.</summary>
internal sealed class MetaDocument
{
    public const string SchemaId = "schema";

    public const string CatalogueId = "catalogue";

    public string Id { get; set; } = "";

    public int? Version { get; set; }

    public long? Revision { get; set; }
}
