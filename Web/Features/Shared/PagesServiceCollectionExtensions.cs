using HalloBot.Web.Features.Categories;
using HalloBot.Web.Features.Districts;
using HalloBot.Web.Features.Home;
using HalloBot.Web.Features.Listings;
using HalloBot.Web.Features.Seo;

namespace HalloBot.Web.Features.Shared;

internal static class PagesServiceCollectionExtensions
{
    /// <summary>The services behind the public pages: home, category, district, listing, sitemap.</summary>
    public static IServiceCollection AddHalloBotPages(this IServiceCollection services)
    {
        services.AddSingleton<OpeningHoursPresenter>();
        services.AddScoped<ListingListService>();
        services.AddScoped<ListingPageService>();
        services.AddScoped<HomePageService>();
        services.AddScoped<CategoryPageService>();
        services.AddScoped<DistrictPageService>();
        services.AddScoped<SitemapWriter>();
        return services;
    }
}
