namespace PaperBot.Core.Ratings;

public enum Thumb
{
    Down = -1,
    Up = 1,
}
