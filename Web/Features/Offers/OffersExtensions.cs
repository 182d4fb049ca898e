namespace HalloBot.Web.Features.Offers;

internal static class OffersExtensions
{
    /// <summary>The offer pages' services: keeping offers (business area), their photos, and the public pages.</summary>
    public static IHostApplicationBuilder AddHalloBotOffers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<OfferCalendar>();
        builder.Services.AddScoped<OfferFormValidator>();
        builder.Services.AddScoped<OfferService>();
        builder.Services.AddScoped<OfferPhotoService>();
        builder.Services.AddScoped<OfferPageService>();
        builder.Services.AddScoped<OfferTexts>();
        return builder;
    }
}
