using System.Numerics.Tensors;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>
/// The learned weights of the field-aware factorization machine, in ML.NET's layout (linear weight per feature;
/// latent vector per feature and field at <c>(feature * fields + field) * dim</c>), and the algebra that turns
/// them into one vector per person and one per paper: because the person is a single feature of field 0,
/// the model's score splits into <c>bias(user) + bias(paper) + dot(userVector, paperVector)</c>, which ranks
/// thousands of papers with vectorized dot products instead of one prediction call per row.
/// </summary>
internal sealed class FactorizationWeights
{
    public const int Fields = 4;
    public const int UserField = 0;
    public const int PaperField = 1;
    public const int TermsField = 2;
    public const int MetaField = 3;

    private readonly float[] linear;
    private readonly float[] latent;

    public FactorizationWeights(int users, int papers, int terms, int meta, int dim, bool usesPaperField, float[] linear, float[] latent)
    {
        (Users, Papers, Terms, Meta, Dim, UsesPaperField) = (users, papers, terms, meta, dim, usesPaperField);
        if (linear.Length != FeatureCount || latent.Length != FeatureCount * Fields * dim)
            throw new InvalidDataException("The factorization weights do not match the model's feature counts.");
        this.linear = linear;
        this.latent = latent;
    }

    /// <summary>Column sizes; ML.NET needs every field to have at least one slot.</summary>
    public int Users { get; }

    public int Papers { get; }

    public int Terms { get; }

    public int Meta { get; }

    public int Dim { get; }

    /// <summary>Whether papers had a field of their own in training; if not, those weights are untrained and unused.</summary>
    public bool UsesPaperField { get; }

    public int FeatureCount => Users + Papers + Terms + Meta;

    /// <summary>Length of a person's and a paper's vector: one latent block per paper-side field.</summary>
    public int VectorLength => (Fields - 1) * Dim;

    public ReadOnlySpan<float> Linear => linear;

    public ReadOnlySpan<float> Latent => latent;

    private int Offset(int field) => field switch
    {
        UserField => 0,
        PaperField => Users,
        TermsField => Users + Papers,
        _ => Users + Papers + Terms,
    };

    private ReadOnlySpan<float> V(int feature, int field) => latent.AsSpan((feature * Fields + field) * Dim, Dim);

    public float UserBias(int user) => linear[user];

    /// <summary>The person's latent vectors towards the paper, terms and metadata fields, concatenated.</summary>
    public void UserVector(int user, Span<float> into)
    {
        for (var field = 1; field < Fields; field++)
            V(user, field).CopyTo(into.Slice((field - 1) * Dim, Dim));
    }

    /// <summary>The paper's vector (its features' latent vectors towards the user field, summed per field) and
    /// its bias (linear terms plus every interaction among its own features).</summary>
    public float PaperVector(PaperFeatures features, int paperIndex, Span<float> into)
    {
        var fields = new (int Field, SparseVector Values)[]
        {
            (PaperField, paperIndex >= 0 && UsesPaperField ? new SparseVector([paperIndex], [1f]) : SparseVector.Empty),
            (TermsField, features.Terms),
            (MetaField, features.Meta),
        };
        // q[a, b] = sum over features j of field a of x_j * v(j, b)
        Span<float> q = stackalloc float[Fields * Fields * Dim];
        q.Clear();
        double bias = 0;
        foreach (var (field, values) in fields)
        {
            for (var i = 0; i < values.Count; i++)
            {
                var feature = Offset(field) + values.Indices[i];
                var x = values.Values[i];
                bias += linear[feature] * x;
                var own = V(feature, field);
                bias -= 0.5 * x * x * TensorPrimitives.Dot(own, own);
                for (var other = 0; other < Fields; other++)
                {
                    var target = q.Slice((field * Fields + other) * Dim, Dim);
                    TensorPrimitives.MultiplyAdd(V(feature, other), x, target, target);
                }
            }
        }
        for (var a = 1; a < Fields; a++)
        {
            var qaa = q.Slice((a * Fields + a) * Dim, Dim);
            bias += 0.5 * TensorPrimitives.Dot(qaa, qaa);
            for (var b = a + 1; b < Fields; b++)
                bias += TensorPrimitives.Dot(q.Slice((a * Fields + b) * Dim, Dim), q.Slice((b * Fields + a) * Dim, Dim));
            q.Slice((a * Fields + UserField) * Dim, Dim).CopyTo(into.Slice((a - 1) * Dim, Dim));
        }
        return (float)bias;
    }

    /// <summary>How much one text feature pulls the paper towards the person: its share of the terms field's interaction.</summary>
    public float TermAffinity(int term, ReadOnlySpan<float> userVector) =>
        TensorPrimitives.Dot(V(Offset(TermsField) + term, UserField), userVector.Slice((TermsField - 1) * Dim, Dim));
}
