namespace PaperBot.Recommender.Model;

/// <summary>The thumbs a model was trained on, by person and by paper (indices into the model's tables): what
/// "liked by people who liked X" and workspace popularity are computed from between trainings.</summary>
internal sealed class RatingSnapshot
{
    public RatingSnapshot(int users, int papers, IReadOnlyList<(int User, int Paper, bool Up)> ratings)
    {
        Count = ratings.Count;
        var likes = Enumerable.Range(0, users).Select(_ => new List<int>()).ToArray();
        var dislikes = Enumerable.Range(0, users).Select(_ => new List<int>()).ToArray();
        var likers = Enumerable.Range(0, papers).Select(_ => new List<int>()).ToArray();
        foreach (var (user, paper, up) in ratings)
        {
            if (up)
            {
                likes[user].Add(paper);
                likers[paper].Add(user);
            }
            else
            {
                dislikes[user].Add(paper);
            }
        }
        LikesOf = likes.Select(list => list.ToArray()).ToArray();
        DislikesOf = dislikes.Select(list => list.ToArray()).ToArray();
        LikersOf = likers.Select(list => list.ToArray()).ToArray();
    }

    public int Count { get; }

    public int[][] LikesOf { get; }

    public int[][] DislikesOf { get; }

    public int[][] LikersOf { get; }

    public IEnumerable<(int User, int Paper, bool Up)> All()
    {
        for (var user = 0; user < LikesOf.Length; user++)
        {
            foreach (var paper in LikesOf[user])
                yield return (user, paper, true);
            foreach (var paper in DislikesOf[user])
                yield return (user, paper, false);
        }
    }

    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(LikesOf.Length);
        writer.Write(LikersOf.Length);
        writer.Write(Count);
        foreach (var (user, paper, up) in All())
        {
            writer.Write(user);
            writer.Write(up ? paper : ~paper);
        }
    }

    public static RatingSnapshot ReadFrom(BinaryReader reader)
    {
        var users = reader.ReadInt32();
        var papers = reader.ReadInt32();
        var ratings = new (int, int, bool)[reader.ReadInt32()];
        for (var i = 0; i < ratings.Length; i++)
        {
            var user = reader.ReadInt32();
            var paper = reader.ReadInt32();
            ratings[i] = (user, paper >= 0 ? paper : ~paper, paper >= 0);
        }
        return new RatingSnapshot(users, papers, ratings);
    }
}
