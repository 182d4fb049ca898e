using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HalloBot.IntegrationTests.OpenData;

public sealed class OpenDataConfigurationTests
{
    [Fact]
    public async Task Startup_UnknownOpenField_FailsNamingTheFieldAndTheKnownOnes()
    {
        await using var app = new MisconfiguredApp(("HalloBot:OpenData:Fields:0", "name"), ("HalloBot:OpenData:Fields:1", "mail"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var message = Flatten(error);
        Assert.Contains("HalloBot:OpenData:Fields: \"mail\" is no field of a listing", message, StringComparison.Ordinal);
        Assert.Contains("known fields are external_id, name, categories", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_FieldsWithoutName_FailsSayingNameIsRequired()
    {
        await using var app = new MisconfiguredApp(("HalloBot:OpenData:Fields:0", "location"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("HalloBot:OpenData:Fields must contain \"name\"", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_MunicipalityKeyNotEightDigits_FailsNamingTheSetting()
    {
        await using var app = new MisconfiguredApp(("HalloBot:OpenData:MunicipalityKey", "5512"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("HalloBot:OpenData:MunicipalityKey: \"5512\"", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join("\n", aggregate.InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is { } inner ? "\n" + Flatten(inner) : "");

    private sealed class MisconfiguredApp(params (string Key, string Value)[] settings) : HalloBotAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
