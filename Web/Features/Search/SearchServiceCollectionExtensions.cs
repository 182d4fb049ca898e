namespace HalloBot.Web.Features.Search;

internal static class SearchServiceCollectionExtensions
{
    /// <summary>The services behind the search page and the search API.</summary>
    public static IServiceCollection AddHalloBotSearchPages(this IServiceCollection services)
    {
        services.AddSingleton<SearchTermDirectory>();
        services.AddScoped<SearchRequestReader>();
        services.AddScoped<SearchService>();
        services.AddScoped<SearchPageService>();
        services.AddSingleton<IndexedSearchService>();
        return services;
    }
}
