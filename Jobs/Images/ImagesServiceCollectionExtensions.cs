using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HalloBot.Jobs.Images;

public static class ImagesServiceCollectionExtensions
{
    /// <summary>
    /// The image pipeline (options from <c>HalloBot:Images</c>, checked on start), the media store on
    /// <paramref name="mediaRoot"/> (see <see cref="MediaOptions.ResolveRoot"/>) and the photo processor.
    /// </summary>
    public static IServiceCollection AddHalloBotImages(this IServiceCollection services, string mediaRoot)
    {
        services.AddOptions<ImagePipelineOptions>()
            .BindConfiguration(ImagePipelineOptions.Section)
            .Validate(options => options.Validate().Count == 0, "HalloBot:Images has invalid limits or sizes.")
            .ValidateOnStart();
        services.AddSingleton(provider => new ImagePipeline(provider.GetRequiredService<IOptions<ImagePipelineOptions>>().Value));
        services.AddSingleton(new FileSystemMediaStore(mediaRoot));
        services.AddSingleton<IMediaStore>(provider => provider.GetRequiredService<FileSystemMediaStore>());
        services.AddScoped<PhotoVariantProcessor>();
        return services;
    }
}
