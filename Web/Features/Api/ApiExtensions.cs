using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Api;

internal static class ApiExtensions
{
    public const string OpenApiDocumentPath = "/api/v1/openapi.json";

    public static IHostApplicationBuilder AddHalloBotApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ListingResponseMapper>();
        builder.Services.AddScoped<ListingApiQueries>();
        builder.Services.AddScoped<TermApiQueries>();
        builder.Services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = ApiProblems.InvalidParameters);
        builder.Services.AddOpenApi("v1", o =>
        {
            // The pages are controllers too; the document describes only the JSON API.
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Hallo-Bot API";
                document.Info.Description = ApiDocumentation.Overview;
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static WebApplication MapHalloBotApi(this WebApplication app)
    {
        app.MapOpenApi(OpenApiDocumentPath);
        return app;
    }
}
