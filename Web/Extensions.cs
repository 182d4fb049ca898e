using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.OpeningHours.Holidays;
using HalloBot.Web.Features.Accessibility;
using HalloBot.Web.Features.ApiReference;
using HalloBot.Web.Features.HoursEditor;
using HalloBot.Web.Features.Legal;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Map;
using HalloBot.Web.Features.Feedback;
using HalloBot.Web.Features.OpenData;
using HalloBot.Web.Features.Photos;
using HalloBot.Web.Features.Search;
using HalloBot.Web.Features.Shared;
using HalloBot.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace HalloBot.Web;

/// <summary>What the site is made of, in the order Program.cs reads.</summary>
internal static class Extensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("de-DE"), new("en")];

    public static IHostApplicationBuilder AddHalloBotDomainServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegionOptions>()
            .BindConfiguration(RegionOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OpeningHoursScheduleCache>();
        builder.Services.AddSingleton(sp =>
        {
            var region = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RegionOptions>>().Value;
            return new OpeningHoursCalendar(TimeZoneInfo.FindSystemTimeZoneById(region.TimeZone), region.State);
        });
        return builder;
    }

    public static IHostApplicationBuilder AddHalloBotWeb(this IHostApplicationBuilder builder)
    {
        // Razor would otherwise write "Bäckerei" as "B&#xE4;ckerei": correct, but heavy and unreadable.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddControllersWithViews(o => o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(o =>
        {
            // Feature folders: Features/{Feature}/{View}.cshtml, shared parts in Features/Shared.
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("de-DE");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            // German first: the browser's language does not switch the site, only the resident's own choice does.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        builder.Services.AddRouting(o => o.LowercaseUrls = true);
        builder.Services.AddHalloBotPages();
        builder.Services.AddHalloBotSearchPages();
        builder.Services.AddHalloBotMap();
        builder.Services.AddHalloBotOpenData();
        builder.Services.AddHalloBotApiReference();
        builder.Services.AddHalloBotLegalPages();
        builder.Services.AddHalloBotAccessibility();
        builder.Services.AddHalloBotHoursEditor();
        builder.Services.AddHalloBotBusinessPages();
        builder.Services.AddHalloBotFeedback();
        return builder;
    }

    public static WebApplication UseHalloBotWeb(this WebApplication app)
    {
        // First, so that error and status pages speak the resident's language too.
        app.UseRequestLocalization();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fehler");
        }

        app.UseStatusCodePagesWithReExecute("/fehler/{0}");
        app.UseStaticFiles();
        app.UseHalloBotMedia();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapControllers();
        return app;
    }
}
