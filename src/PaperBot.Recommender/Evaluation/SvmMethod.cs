using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace PaperBot.Recommender.Evaluation;

/// <summary>
/// The arxiv-sanity-lite baseline: per person, a linear SVM over every paper's TF-IDF (title, abstract, authors;
/// unigrams and bigrams; sublinear tf; max_df 0.5), the person's likes as positives and every other paper as a
/// negative, balanced class weights, C = 0.01; papers ranked by decision value. Fitted with ML.NET's SDCA on the
/// hinge loss, whose L2 term <c>1 / (C n)</c> is LinearSVC's objective divided by <c>C n</c>.
/// </summary>
internal sealed class SvmMethod(EvaluationSetting setting) : IRankingMethod
{
    private const float C = 0.01f;

    public string Name => "SVM (arxiv-sanity)";

    public IReadOnlyList<int> Top(int user, IReadOnlyList<int> candidates, int k)
    {
        var likes = setting.Likes[user].ToHashSet();
        var n = setting.Papers.Count;
        if (likes.Count == 0 || likes.Count == n)
            return candidates.Take(k).ToList();
        var positiveWeight = n / (2f * likes.Count);
        var negativeWeight = n / (2f * (n - likes.Count));
        var dimensions = Math.Max(1, setting.Space.TextFeatureCount);
        var rows = new SvmRow[n];
        for (var i = 0; i < n; i++)
        {
            var text = setting.Features[i].Text;
            var liked = likes.Contains(i);
            rows[i] = new SvmRow { Label = liked, Weight = liked ? positiveWeight : negativeWeight, Features = new VBuffer<float>(dimensions, text.Count, text.Values, text.Indices) };
        }
        var ml = new MLContext(seed: user);
        var schema = SchemaDefinition.Create(typeof(SvmRow));
        schema[nameof(SvmRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(rows, schema));
        var trainer = ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
        {
            LabelColumnName = nameof(SvmRow.Label),
            FeatureColumnName = nameof(SvmRow.Features),
            ExampleWeightColumnName = nameof(SvmRow.Weight),
            LossFunction = new HingeLoss(),
            L2Regularization = 1f / (C * n),
            L1Regularization = 0,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 50,
            ConvergenceTolerance = 0.01f,
        });
        var model = trainer.Fit(data).Model;
        var weights = model.Weights.ToArray();
        return EvaluationSetting.Top(candidates, c => setting.Features[c].Text.Dot(weights) + model.Bias, k);
    }
}
