using HalloBot.Jobs.Images;
using HalloBot.Web.Infrastructure;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace HalloBot.Web.Features.Photos;

internal static class PhotosExtensions
{
    /// <summary>Where the public variants are served: <c>/media/photos/{key}/{size}.{ext}</c>.</summary>
    public const string MediaPath = "/media";

    /// <summary>A variant's bytes never change: a replaced photo gets a new random key, so a year and immutable are safe.</summary>
    public const string MediaCacheControl = "public, max-age=31536000, immutable";

    /// <summary>The image pipeline and media store on <c>HalloBot:Media:Root</c> (default <c>media</c> in the data folder), and the photo pages' services.</summary>
    public static IHostApplicationBuilder AddHalloBotPhotos(this IHostApplicationBuilder builder, DataDirectory dataDirectory)
    {
        var media = builder.Configuration.GetSection(MediaOptions.Section).Get<MediaOptions>() ?? new MediaOptions();
        builder.Services.AddHalloBotImages(media.ResolveRoot(dataDirectory.Path));
        builder.Services.AddSingleton<PhotoUrls>();
        builder.Services.AddScoped<PhotoTexts>();
        builder.Services.AddScoped<PhotoPageService>();
        builder.Services.AddScoped<PhotoUploadService>();
        builder.Services.AddScoped<PhotoEditService>();
        builder.Services.AddScoped<ListingGalleryService>();
        return builder;
    }

    /// <summary>Serves the public folder of the media store, and nothing else of it: the originals are never reachable.</summary>
    public static WebApplication UseHalloBotMedia(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<FileSystemMediaStore>();
        Directory.CreateDirectory(store.PublicFolder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        types.Mappings[".webp"] = "image/webp";
        types.Mappings[".jpg"] = "image/jpeg";
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = MediaPath,
            FileProvider = new PhysicalFileProvider(store.PublicFolder),
            ContentTypeProvider = types,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers[HeaderNames.CacheControl] = MediaCacheControl;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
            },
        });
        return app;
    }
}
