using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Ratings;

/// <summary>A rating without its source and time: what training learns from.</summary>
public sealed record UserThumb(UserRef User, PaperId Paper, Thumb Thumb)
{
    public static UserThumb Of(Rating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return new(rating.User, rating.Paper, rating.Thumb);
    }
}
