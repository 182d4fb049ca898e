using System.Net;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Business;

/// <summary>A wrong value comes back with the import's German message beside its field, and nothing is saved.</summary>
public sealed class ListingValidationTests(BusinessAppFixture fixture) : IClassFixture<BusinessAppFixture>
{
    private BusinessApp App => fixture.App;

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "PostalCode", "4623", "„4623“ ist keine fünfstellige Postleitzahl" },
        { "Name", new string('x', 121), "Ist 121 Zeichen lang; höchstens 120 sind erlaubt" },
        { "Website", "www.baeckerei-anton.de", "ist keine absolute http- oder https-Adresse wie https://www.example.de" },
        { "Email", "anton@baeckerei", "„anton@baeckerei“ ist keine gültige E-Mail-Adresse" },
        { "Name", "", "Ein Wert ist nötig" },
        { "Latitude", "51,52", "Fehlt, während latitude angegeben ist" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Save_BadValue_GermanErrorOnFieldAndNothingSaved(string field, string value, string message)
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);
        var before = await App.ListingAsync(App.ListingA);

        var response = await FormPage.PostAsync(client, BusinessApp.EditPath(App.ListingA), "form.form", new Dictionary<string, string[]> { [field] = [value] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());
        // The coordinate pair's message belongs to the partner that is missing.
        var errorField = field == "Latitude" ? "Longitude" : field;
        var error = page.QuerySelector($"#{errorField}-error");
        Assert.NotNull(error);
        Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector($"#{errorField}")!.GetAttribute("aria-invalid"));
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(value, page.QuerySelector($"#{field}") is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value : page.QuerySelector($"#{field}")!.GetAttribute("value") ?? "");

        var after = await App.ListingAsync(App.ListingA);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.Address, after.Address);
        Assert.Equal(before.OpeningHours, after.OpeningHours);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(0, await App.QueryAsync(db => db.ListingChanges.CountAsync(c => c.ListingId == App.ListingA)));
    }

    [Fact]
    public async Task Save_InvalidHoursText_ErrorAtEditorAndNothingSaved()
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);

        var response = await FormPage.PostAsync(client, BusinessApp.EditPath(App.ListingA), "form.form", new Dictionary<string, string[]>
        {
            ["Hours.Source"] = ["text"],
            ["Hours.Text"] = ["Montag bis Freitag"],
            ["Phone"] = ["02041 999"],
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Zeichen 1:", page.QuerySelector("#Hours-Text-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Hours-Text")!.GetAttribute("aria-invalid"));
        Assert.Contains("Öffnungszeiten", page.QuerySelector(".error-summary a[href='#Hours-Editor']")!.TextContent, StringComparison.Ordinal);
        var after = await App.ListingAsync(App.ListingA);
        Assert.Equal(("Mo-Fr 07:00-18:00", (string?)null), (after.OpeningHours, after.Phone));
        Assert.Equal(0, await App.QueryAsync(db => db.ListingChanges.CountAsync(c => c.ListingId == App.ListingA)));
    }

    [Fact]
    public async Task Save_HoursEditorButton_FormBackWithNewSpanAndNothingSaved()
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);
        const string secondMondaySpan = "input[name='Hours.Days[0].Spans[1].Start']";
        Assert.Null(FormPage.Parse(await client.GetStringAsync(BusinessApp.EditPath(App.ListingA))).QuerySelector(secondMondaySpan));

        var response = await FormPage.PostAsync(client, BusinessApp.EditPath(App.ListingA), "form.form", new Dictionary<string, string[]>
        {
            ["Hours.Action"] = ["add-span:0"],
            ["Phone"] = ["02041 999"],
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector(secondMondaySpan));
        Assert.Equal("02041 999", page.QuerySelector("#Phone")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Null((await App.ListingAsync(App.ListingA)).Phone);
    }

    [Fact]
    public async Task Save_CategoryNotInList_ErrorAndNothingSaved()
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);

        var response = await FormPage.PostAsync(client, BusinessApp.EditPath(App.ListingA), "form.form", new Dictionary<string, string[]> { ["Categories"] = ["999999"] });

        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Bitte eine Kategorie aus der Liste wählen.", page.QuerySelector("#Categories-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Bäckerei"], (await App.ListingAsync(App.ListingA)).OrderedCategories.Select(c => c.Name));
    }
}
