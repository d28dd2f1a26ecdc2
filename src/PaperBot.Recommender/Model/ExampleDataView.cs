using Microsoft.ML;
using Microsoft.ML.Data;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>
/// Training examples as an ML.NET data view with the factorization machine's four fields: person, paper, terms and
/// meta. Each person's and each paper's field vectors are built once; a row's getters hand out the ones its person and
/// paper share with every other row, as they are. The factorization machine only reads them, so neither a row object
/// nor a copy of the vectors is made per row (millions of rows, once per pass).
/// </summary>
internal sealed class ExampleDataView : IDataView
{
    public const string Label = nameof(Label), User = nameof(User), Paper = nameof(Paper), Terms = nameof(Terms), Meta = nameof(Meta);

    private readonly IReadOnlyList<TrainingExample> examples;
    private readonly VBuffer<float>[] users;
    private readonly VBuffer<float>[] paperIds;
    private readonly VBuffer<float>[] terms;
    private readonly VBuffer<float>[] meta;
    private readonly CancellationToken cancellationToken;

    /// <param name="usePaperField">Whether each paper has a feature of its own in the paper field (else that field is empty).</param>
    public ExampleDataView(IReadOnlyList<TrainingExample> examples, int userCount, IReadOnlyList<PaperFeatures> papers, ContentSpace space,
        bool usePaperField, CancellationToken cancellationToken = default)
    {
        this.examples = examples;
        this.cancellationToken = cancellationToken;
        UserSize = Math.Max(1, userCount);
        PaperSize = Math.Max(1, papers.Count);
        TermSize = Math.Max(1, space.TextFeatureCount);
        MetaSize = Math.Max(1, space.MetaFeatureCount);
        users = new VBuffer<float>[userCount];
        for (var u = 0; u < userCount; u++)
            users[u] = new VBuffer<float>(UserSize, 1, [1f], [u]);
        paperIds = new VBuffer<float>[papers.Count];
        terms = new VBuffer<float>[papers.Count];
        meta = new VBuffer<float>[papers.Count];
        for (var p = 0; p < papers.Count; p++)
        {
            paperIds[p] = usePaperField ? new VBuffer<float>(PaperSize, 1, [1f], [p]) : new VBuffer<float>(PaperSize, 0, [], []);
            terms[p] = new VBuffer<float>(TermSize, papers[p].Terms.Count, papers[p].Terms.Values, papers[p].Terms.Indices);
            meta[p] = new VBuffer<float>(MetaSize, papers[p].Meta.Count, papers[p].Meta.Values, papers[p].Meta.Indices);
        }
        var schema = new DataViewSchema.Builder();
        schema.AddColumn(Label, BooleanDataViewType.Instance);
        schema.AddColumn(User, new VectorDataViewType(NumberDataViewType.Single, UserSize));
        schema.AddColumn(Paper, new VectorDataViewType(NumberDataViewType.Single, PaperSize));
        schema.AddColumn(Terms, new VectorDataViewType(NumberDataViewType.Single, TermSize));
        schema.AddColumn(Meta, new VectorDataViewType(NumberDataViewType.Single, MetaSize));
        Schema = schema.ToSchema();
    }

    public int UserSize { get; }

    public int PaperSize { get; }

    public int TermSize { get; }

    public int MetaSize { get; }

    public DataViewSchema Schema { get; }

    // The examples were shuffled once when sampled; every pass reads them in that order.
    public bool CanShuffle => false;

    public long? GetRowCount() => examples.Count;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    private sealed class Cursor(ExampleDataView view) : DataViewRowCursor
    {
        private int position = -1;

        public override DataViewSchema Schema => view.Schema;

        public override long Position => position;

        public override long Batch => 0;

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        public override bool MoveNext()
        {
            // ML.NET reads every row once per pass; this is where a long training notices that it should stop.
            if ((position & 0xFFF) == 0)
                view.cancellationToken.ThrowIfCancellationRequested();
            return ++position < view.examples.Count;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)position, 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            Delegate getter = column.Name switch
            {
                Label => (ValueGetter<bool>)((ref bool value) => value = view.examples[position].Label),
                User => Vector(view.users, static example => example.User),
                Paper => Vector(view.paperIds, static example => example.Paper),
                Terms => Vector(view.terms, static example => example.Paper),
                Meta => Vector(view.meta, static example => example.Paper),
                _ => throw new ArgumentOutOfRangeException(nameof(column), column.Name, "Not a column of the training examples."),
            };
            return (ValueGetter<TValue>)getter;
        }

        private ValueGetter<VBuffer<float>> Vector(VBuffer<float>[] vectors, Func<TrainingExample, int> owner) =>
            (ref VBuffer<float> value) => value = vectors[owner(view.examples[position])];
    }
}
