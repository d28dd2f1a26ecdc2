using System.Collections;
using PaperBot.Core.Papers;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

/// <summary>Yields papers, then fails part way through a commit. Not an <see cref="IOException"/>: LiteDB takes that for a
/// broken disk and closes the database.</summary>
internal sealed class FailingPapers(params PaperId[] before) : IReadOnlyCollection<PaperId>
{
    public int Count => before.Length + 1;

    public IEnumerator<PaperId> GetEnumerator()
    {
        foreach (var paper in before)
            yield return paper;
        throw new InvalidOperationException("the digest could not be written");
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
