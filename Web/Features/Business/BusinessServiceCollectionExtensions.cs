using HalloBot.Web.Features.Reviews;

namespace HalloBot.Web.Features.Business;

internal static class BusinessServiceCollectionExtensions
{
    /// <summary>The services behind the business pages (Meine Betriebe, claims, editing, members) and the review queue.</summary>
    public static IServiceCollection AddHalloBotBusinessPages(this IServiceCollection services)
    {
        services.AddScoped<ListingFormValidator>();
        services.AddSingleton<ImportMessageWording>();
        services.AddScoped<ListingHours>();
        services.AddScoped<ListingEditService>();
        services.AddScoped<NewListingService>();
        services.AddScoped<ClaimService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<AuditTrailService>();
        services.AddScoped<MembersService>();
        services.AddScoped<ReviewMails>();
        services.AddScoped<ReviewService>();
        return services;
    }
}
