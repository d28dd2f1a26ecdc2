using LiteDB;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Ratings;

internal static class RatingMapping
{
    public static RatingDocument ToDocument(Rating rating) => new()
    {
        Id = DocumentKeys.Rating(rating.User, rating.Paper),
        UserKey = DocumentKeys.User(rating.User),
        Platform = rating.User.Platform,
        Workspace = rating.User.Workspace,
        UserId = rating.User.Id,
        Paper = rating.Paper.Value,
        Thumb = (int)rating.Thumb,
        Source = rating.Source,
        At = StoredTime.Format(rating.At),
    };

    public static Rating ToRating(RatingDocument document) => new(
        new UserRef(document.Platform, document.Workspace, document.UserId),
        new PaperId(document.Paper),
        (Thumb)document.Thumb,
        document.Source,
        StoredTime.Parse(document.At));

    /// <summary>A thumb from a <see cref="RatingDocument"/> as stored (its fields by their property names).</summary>
    public static UserThumb ToThumb(BsonDocument document) => new(
        new UserRef(document[nameof(RatingDocument.Platform)].AsString, document[nameof(RatingDocument.Workspace)].AsString,
            document[nameof(RatingDocument.UserId)].AsString),
        new PaperId(document[nameof(RatingDocument.Paper)].AsString),
        (Thumb)document[nameof(RatingDocument.Thumb)].AsInt32);
}
