namespace HalloBot.Web.Features.Map;

internal static class MapExtensions
{
    public static IServiceCollection AddHalloBotMap(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>()
            .BindConfiguration(MapOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
