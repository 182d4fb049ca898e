namespace HalloBot.Web.Features.ApiReference;

internal static class ApiReferenceExtensions
{
    public static IServiceCollection AddHalloBotApiReference(this IServiceCollection services) =>
        services.AddScoped<ApiReferenceService>();
}
