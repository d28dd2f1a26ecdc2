using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Tests;

public sealed class IterationsTests
{
    private static readonly FactorizationOptions Options = new() { Iterations = 30, ExampleBudget = 3_000_000 };

    [Theory]
    [InlineData(5_000, 30)]
    [InlineData(200_000, 15)]
    [InlineData(1_400_000, 2)]
    [InlineData(1_970_000, 1)]
    [InlineData(8_000_000, 1)]
    public void Passes_stay_within_the_visit_budget_but_never_fall_below_one(int examples, int passes) =>
        Assert.Equal(passes, FactorizationTrainer.IterationsFor(examples, Options));
}
