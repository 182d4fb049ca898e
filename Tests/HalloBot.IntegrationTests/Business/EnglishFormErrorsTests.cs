using System.Net;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Business;

/// <summary>With the site switched to English, the listing form and the account forms explain their errors in English.</summary>
public sealed class EnglishFormErrorsTests(BusinessAppFixture fixture) : IClassFixture<BusinessAppFixture>
{
    private BusinessApp App => fixture.App;

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "PostalCode", "4623", "“4623” is not a five-digit postal code" },
        { "Name", new string('x', 121), "Is 121 characters long; at most 120 are allowed" },
        { "Website", "www.baeckerei-anton.de", "is not an absolute http or https address" },
        { "Name", "", "A value is needed" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task SaveListing_BadValueInEnglish_EnglishErrorOnField(string field, string value, string message)
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);
        await client.GetAsync("/sprache/en");

        var response = await FormPage.PostAsync(client, BusinessApp.EditPath(App.ListingA), "form.form", new Dictionary<string, string[]> { [field] = [value] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = FormPage.Parse(await response.Content.ReadAsStringAsync()).QuerySelector($"#{field}-error");
        Assert.NotNull(error);
        Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_EmptyJustificationInEnglish_EnglishError()
    {
        var client = await App.CreateClientSignedInAsAsync(await App.CreateMemberAsync($"claim-{Guid.NewGuid():N}@example.org"));
        await client.GetAsync("/sprache/en");

        var response = await client.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", "")], "form.form");

        Assert.Contains("A value is needed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_EmptyAndBadFieldsInEnglish_EnglishDataAnnotationMessages()
    {
        var client = App.CreateCookieClient();
        await client.GetAsync("/sprache/en");

        var response = await client.SubmitAsync("/konto/registrieren", new Dictionary<string, string>
        {
            ["Email"] = "not-an-address",
            ["DisplayName"] = "",
            ["Password"] = "Haldenereignis Emscherblick",
            ["ConfirmPassword"] = "something else entirely",
        }, "main form");

        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("this is not a valid e-mail address", page.QuerySelector("#Email-fehler")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("please fill in", page.QuerySelector("#DisplayName-fehler")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("The two passwords do not match.", page.QuerySelector("#ConfirmPassword-fehler")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Bitte", page.QuerySelector("form")!.TextContent, StringComparison.Ordinal);
    }
}
