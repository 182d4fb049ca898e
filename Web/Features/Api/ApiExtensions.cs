using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Api;

internal static class ApiExtensions
{
    public static IHostApplicationBuilder AddHalloBotApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OpeningHoursScheduleCache>();
        builder.Services.AddSingleton<ListingResponseMapper>();
        builder.Services.AddScoped<ListingApiQueries>();
        builder.Services.AddScoped<TermApiQueries>();
        builder.Services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = ApiProblems.InvalidParameters);
        return builder;
    }
}
