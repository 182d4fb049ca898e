using HalloBot.Search;
using HalloBot.Web;
using HalloBot.Web.Features.Admin;
using HalloBot.Web.Features.Api;
using HalloBot.Web.Features.CommandLine;
using HalloBot.Web.Features.Demo;
using HalloBot.Web.Features.Offers;
using HalloBot.Web.Features.Photos;
using HalloBot.Web.Infrastructure;
using HalloBot.Web.Infrastructure.Health;
using HalloBot.Web.Infrastructure.Security;
using HalloBot.Web.Infrastructure.Telemetry;

var builder = WebApplication.CreateBuilder(args);
CommandLineCommands.ConfigureHost(builder, args);
var dataDirectory = DataDirectory.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton(dataDirectory);
builder.AddHalloBotDatabase(dataDirectory);
builder.AddHalloBotDomainServices();
builder.AddHalloBotSearch(dataDirectory.Combine("index"), CommandLineCommands.IndexAccess(args));
builder.AddHalloBotWeb();
builder.AddHalloBotApi();
builder.AddHalloBotJobs();
builder.AddHalloBotMail(dataDirectory);
builder.AddHalloBotDataProtection();
builder.AddHalloBotIdentity();
builder.AddHalloBotSecurity();
builder.AddHalloBotHealth();
builder.AddHalloBotTelemetry();
builder.AddHalloBotAdmin();
builder.AddHalloBotPhotos(dataDirectory);
builder.AddHalloBotOffers();

var app = builder.Build();

if (CommandLineCommands.IsCommand(args))
{
    return await CommandLineCommands.RunAsync(app.Services, args);
}

if (app.Services.MigratesOnStart())
{
    await app.Services.MigrateDatabaseAsync();
}

await app.Services.SeedDemoDataIfWantedAsync();
app.UseHalloBotSecurity();
app.UseHalloBotWeb();
app.MapHalloBotApi();
app.MapHalloBotAdmin();
app.MapHalloBotHealth();
app.UseHalloBotJobs();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so that tests can start the real site.</summary>
public partial class Program;
