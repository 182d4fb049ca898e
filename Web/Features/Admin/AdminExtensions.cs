using HalloBot.Domain.Exchange;
using HalloBot.Web.Features.Admin.Exchange;
using HalloBot.Web.Features.Admin.Jobs;
using HalloBot.Web.Features.Admin.Members;
using HalloBot.Web.Features.Admin.Status;
using HalloBot.Web.Features.Admin.Terms;
using Microsoft.AspNetCore.Mvc.Razor;

namespace HalloBot.Web.Features.Admin;

/// <summary>The office's staff area under <c>/verwaltung</c>: an MVC area whose views live in Features/Admin.</summary>
internal static class AdminExtensions
{
    public const string Area = "Admin";

    public static IHostApplicationBuilder AddHalloBotAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.Configure<RazorViewEngineOptions>(o =>
        {
            o.AreaViewLocationFormats.Clear();
            o.AreaViewLocationFormats.Add("/Features/{2}/{1}/{0}.cshtml");
            o.AreaViewLocationFormats.Add("/Features/{2}/{0}.cshtml");
            o.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        builder.Services.AddScoped<CategoryAdministration>();
        builder.Services.AddScoped<DistrictAdministration>();
        builder.Services.AddScoped<MemberAdministration>();
        builder.Services.AddScoped<StatusReport>();
        builder.Services.AddScoped<ListingImporter>();
        builder.Services.AddScoped<ListingExporter>();
        builder.Services.AddSingleton<ImportRateLimiter>();
        builder.Services.AddScoped<ImportRequestLimitsFilter>();
        return builder;
    }

    public static WebApplication MapHalloBotAdmin(this WebApplication app)
    {
        app.MapHalloBotJobsDashboard();
        return app;
    }
}
