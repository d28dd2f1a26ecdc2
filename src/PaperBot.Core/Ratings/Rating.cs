using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Ratings;

/// <param name="Source">How the thumb arrived: <c>chat</c>, <c>reaction</c>, <c>button</c>, <c>cli</c>, <c>import</c>.</param>
public sealed record Rating(UserRef User, PaperId Paper, Thumb Thumb, string Source, DateTimeOffset At);
