namespace HalloBot.Web.Features.Legal;

internal static class LegalExtensions
{
    public static IServiceCollection AddHalloBotLegalPages(this IServiceCollection services) =>
        services.AddSingleton<LegalTextStore>();
}
