namespace HalloBot.Web.Features.OpenData;

internal static class OpenDataExtensions
{
    public static IServiceCollection AddHalloBotOpenData(this IServiceCollection services)
    {
        services.AddOptions<OpenDataOptions>()
            .BindConfiguration(OpenDataOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<OpenDataOptions>, OpenDataOptionsValidator>();
        services.AddScoped<OpenDataQueries>();
        return services;
    }
}
