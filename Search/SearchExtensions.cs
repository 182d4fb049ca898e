using HalloBot.Domain.OpeningHours;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using HalloBot.Search.Elasticsearch;
using HalloBot.Search.Lucene;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HalloBot.Search;

public static class SearchExtensions
{
    public const string ProviderKey = "HalloBot:Search:Provider";
    public const string SynonymsFileKey = "HalloBot:Search:SynonymsFile";

    /// <summary>Distinct searches whose results the Lucene index keeps until its next change (0: none).</summary>
    public const string ResultCacheSizeKey = "HalloBot:Search:ResultCacheSize";

    public const int DefaultResultCacheSize = 1000;

    /// <summary>
    /// Registers the search index chosen by <c>HalloBot:Search:Provider</c> (<c>Lucene</c>, the default, or
    /// <c>Elasticsearch</c>). The Lucene index lives in <paramref name="indexFolder"/> (the data folder's "index").
    /// The synonym list is read once at start from <c>Synonyms/synonyms.de.txt</c> beside the application
    /// (or <c>HalloBot:Search:SynonymsFile</c>). With <see cref="SearchIndexAccess.RebuildOnly"/> the Lucene index is
    /// opened without its writer, which a running site holds (Elasticsearch needs no such care).
    /// </summary>
    public static IHostApplicationBuilder AddHalloBotSearch(this IHostApplicationBuilder builder, string indexFolder, SearchIndexAccess access = SearchIndexAccess.Full)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var provider = builder.Configuration[ProviderKey];
        var synonymsFile = builder.Configuration[SynonymsFileKey] ?? DefaultSynonymsFile;
        var resultCacheSize = ResultCacheSize(builder.Configuration[ResultCacheSizeKey]);

        builder.Services.AddSingleton(GermanTextAnalysis.Default);
        builder.Services.AddSingleton(sp => SynonymList.Load(synonymsFile, sp.GetRequiredService<GermanTextAnalysis>()));

        if (string.IsNullOrWhiteSpace(provider) || string.Equals(provider, "Lucene", StringComparison.OrdinalIgnoreCase))
        {
            if (access == SearchIndexAccess.RebuildOnly)
            {
                builder.Services.AddSingleton<ISearchIndex>(sp => new LuceneRebuildOnlyIndex(indexFolder, sp.GetRequiredService<GermanTextAnalysis>()));
                return builder;
            }

            builder.Services.AddSingleton<ISearchIndex>(sp => new LuceneSearchIndex(
                indexFolder,
                sp.GetRequiredService<OpeningHoursCalendar>(),
                sp.GetRequiredService<GermanTextAnalysis>(),
                sp.GetRequiredService<SynonymList>(),
                resultCacheSize));
            return builder;
        }

        if (string.Equals(provider, "Elasticsearch", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddElasticsearchSearchIndex(ReadElasticsearchOptions(builder), synonymsFile);
            return builder;
        }

        throw new InvalidOperationException(
            $"{ProviderKey} is '{provider}'; it must be 'Lucene' or 'Elasticsearch'.");
    }

    private static int ResultCacheSize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultResultCacheSize;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size)
            ? size
            : throw new InvalidOperationException($"{ResultCacheSizeKey} is '{text}'; it must be a whole number, 0 or more (0 keeps no results).");
    }

    private static ElasticsearchOptions ReadElasticsearchOptions(IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ElasticsearchOptions.SectionName);
        return new ElasticsearchOptions
        {
            Url = Uri.TryCreate(section["Url"], UriKind.Absolute, out var url) ? url : null,
            ApiKey = section["ApiKey"],
            Username = section["Username"],
            Password = section["Password"],
            IndexAlias = section["IndexAlias"] ?? ElasticsearchOptions.DefaultAlias,
        };
    }

    public static string DefaultSynonymsFile => Path.Combine(AppContext.BaseDirectory, "Synonyms", "synonyms.de.txt");
}
