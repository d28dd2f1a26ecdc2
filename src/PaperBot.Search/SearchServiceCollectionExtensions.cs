using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core;
using PaperBot.Core.Search;

namespace PaperBot.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers <see cref="LucenePaperIndex"/> as the one <see cref="IPaperIndex"/>. The host binds
    /// <see cref="SearchOptions"/> (section <see cref="SearchOptions.Section"/>) and sets its IndexPath.</summary>
    public static IServiceCollection AddLuceneSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.IndexPath), "Search:IndexPath must name the index folder.")
            .Validate(o => o.RamBufferMb is >= 16 and <= 2048, "Search:RamBufferMb must be from 16 to 2048.")
            .ValidateOnStart();
        services.AddPaperBotMetrics();
        services.AddSingleton<LucenePaperIndex>();
        services.AddSingleton<IPaperIndex>(provider => provider.GetRequiredService<LucenePaperIndex>());
        return services;
    }
}
