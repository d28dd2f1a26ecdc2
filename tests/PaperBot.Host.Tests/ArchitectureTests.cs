using System.Reflection;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.Host.Tests;

/// <summary>The boundaries that keep the core platform-neutral and every adapter swappable.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Paper).Assembly;

    [Fact]
    public void The_core_references_no_infrastructure_and_no_other_PaperBot_project()
    {
        var referenced = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(referenced, name =>
            name.StartsWith("LiteDB", StringComparison.Ordinal) || name.StartsWith("Microsoft.ML", StringComparison.Ordinal)
            || name.StartsWith("Quartz", StringComparison.Ordinal) || name.StartsWith("Lucene", StringComparison.Ordinal)
            || (name.StartsWith("PaperBot.", StringComparison.Ordinal) && name != "PaperBot.Core"));
    }

    [Theory]
    [InlineData("PaperBot.Ingestion")]
    [InlineData("PaperBot.Search")]
    [InlineData("PaperBot.Storage.LiteDb")]
    [InlineData("PaperBot.Recommender")]
    public void Adapters_depend_on_the_core_and_not_on_each_other(string adapter)
    {
        var referenced = Assembly.Load(adapter).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("PaperBot.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["PaperBot.Core"], referenced);
    }

    [Fact]
    public void Command_names_fit_every_platform()
    {
        var descriptors = Core.GetTypes()
            .Where(t => typeof(ICommand).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (CommandDescriptor)t.GetProperty("Definition", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .ToList();
        Assert.NotEmpty(descriptors);
        // Discord: 1-32 lowercase characters per command and option name, descriptions of 1-100 characters.
        Assert.All(descriptors, d => Assert.Matches("^[a-z][a-z-]{0,31}$", d.Name));
        Assert.All(descriptors.SelectMany(d => d.Options), o => Assert.Matches("^[a-z][a-z-]{0,31}$", o.Name));
        Assert.All(descriptors.SelectMany(d => d.Options.Select(o => o.Description).Append(d.Description)), text => Assert.InRange(text.Length, 1, 100));
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Name).Distinct().Count());
    }
}
