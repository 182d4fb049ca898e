namespace HalloBot.Web.Features.HoursEditor;

internal static class HoursEditorServiceCollectionExtensions
{
    public static IServiceCollection AddHalloBotHoursEditor(this IServiceCollection services) =>
        services.AddSingleton<HoursEditorForm>();
}
