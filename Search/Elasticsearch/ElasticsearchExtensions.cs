using HalloBot.Domain.OpeningHours;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.Search.Elasticsearch;

public static class ElasticsearchExtensions
{
    /// <summary>
    /// Registers <see cref="ElasticsearchSearchIndex"/> as the search index. Needs <see cref="OpeningHoursCalendar"/>
    /// and <see cref="GermanTextAnalysis"/> registered; the synonym list is read from <paramref name="synonymsFile"/>
    /// (the office's file that the Lucene backend reads too).
    /// </summary>
    public static IServiceCollection AddElasticsearchSearchIndex(this IServiceCollection services, ElasticsearchOptions options, string synonymsFile)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.AddSingleton<ISearchIndex>(sp => new ElasticsearchSearchIndex(
            options,
            sp.GetRequiredService<OpeningHoursCalendar>(),
            sp.GetRequiredService<GermanTextAnalysis>(),
            synonymsFile));
        return services;
    }

    /// <inheritdoc cref="AddElasticsearchSearchIndex(IServiceCollection, ElasticsearchOptions, string)"/>
    public static IServiceCollection AddElasticsearchSearchIndex(this IServiceCollection services, ElasticsearchOptions options) =>
        services.AddElasticsearchSearchIndex(options, SearchExtensions.DefaultSynonymsFile);
}
