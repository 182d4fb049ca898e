using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.HoursEditor;

/// <summary>The editor without JavaScript: every button is a form post that the server answers with the editor again.</summary>
public sealed class HoursEditorFormTests(HalloBotAppFactory app) : IClassFixture<HalloBotAppFactory>
{
    private const string Page = "/oeffnungszeiten/vorschau";

    [Fact]
    public async Task Check_Get_ShowsAnEmptyRowPerDayWithFullLabels()
    {
        var (response, document) = await GetAsync(app.CreateClient(), Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Öffnungszeiten prüfen", document.QuerySelector("h1")?.TextContent);
        var start = document.QuerySelector("input[name='Hours.Days[0].Spans[0].Start']");
        Assert.Equal("time", start?.GetAttribute("type"));
        Assert.Equal("Montag, Beginn 1. Zeitraum", LabelOf(document, start!));
        Assert.Equal("Sonntag, Ende 1. Zeitraum", LabelOf(document, document.QuerySelector("input[name='Hours.Days[6].Spans[0].End']")!));
        Assert.Equal("Keine Öffnungszeiten angegeben.", document.QuerySelector(".hours-editor__no-preview")?.TextContent);
        // Every input has a label.
        foreach (var input in document.QuerySelectorAll(".hours-editor input:not([type='hidden']), .hours-editor select"))
        {
            Assert.False(string.IsNullOrWhiteSpace(LabelOf(document, input)), input.OuterHtml);
        }
    }

    [Fact]
    public async Task Check_BakerBuildsWeekWithButtons_ShowsOsmTextAndWeek()
    {
        var client = app.CreateClient();
        var (_, page) = await GetAsync(client, Page);
        var token = Token(page);

        // Monday with a lunch break: "add a span" gives a second row with focus on its start.
        var fields = new Dictionary<string, string>
        {
            ["Hours.Source"] = "tabelle",
            ["Hours.Days[0].Spans[0].Start"] = "07:00",
            ["Hours.Days[0].Spans[0].End"] = "12:30",
        };
        var added = await PostAsync(client, token, fields, "add-span:0");
        var second = added.QuerySelector("input[name='Hours.Days[0].Spans[1].Start']");
        Assert.NotNull(second);
        Assert.True(second.HasAttribute("autofocus"));
        Assert.Equal("07:00", added.QuerySelector("input[name='Hours.Days[0].Spans[0].Start']")?.GetAttribute("value"));

        fields["Hours.Days[0].Spans[1].Start"] = "14:00";
        fields["Hours.Days[0].Spans[1].End"] = "18:00";
        // "Same as Monday" for Tuesday to Friday, one button each.
        foreach (var day in Enumerable.Range(1, 4))
        {
            var copied = await PostAsync(client, token, fields, $"copy-previous:{day}");
            fields[$"Hours.Days[{day}].Spans[0].Start"] = "07:00";
            fields[$"Hours.Days[{day}].Spans[0].End"] = "12:30";
            fields[$"Hours.Days[{day}].Spans[1].Start"] = "14:00";
            fields[$"Hours.Days[{day}].Spans[1].End"] = "18:00";
            Assert.Equal("14:00", copied.QuerySelector($"input[name='Hours.Days[{day}].Spans[1].Start']")?.GetAttribute("value"));
        }

        fields["Hours.Days[5].Spans[0].Start"] = "07:00";
        fields["Hours.Days[5].Spans[0].End"] = "13:00";
        fields["Hours.ClosedOnPublicHolidays"] = "true";
        var withDate = await PostAsync(client, token, fields, "add-date");
        Assert.True(withDate.QuerySelector("input[name='Hours.SpecialDates[0].FromDay']")?.HasAttribute("autofocus"));
        fields["Hours.SpecialDates[0].FromDay"] = "24";
        fields["Hours.SpecialDates[0].FromMonth"] = "12";
        fields["Hours.SpecialDates[0].Closed"] = "true";

        var result = await PostAsync(client, token, fields, "check");

        Assert.Equal("Mo-Fr 07:00-12:30,14:00-18:00; Sa 07:00-13:00; PH off; Dec 24 off",
            result.QuerySelector("[data-hours-part='value']")?.TextContent);
        Assert.Equal("Mo-Fr 07:00-12:30,14:00-18:00; Sa 07:00-13:00; PH off; Dec 24 off",
            result.QuerySelector("input[name='Hours.Text']")?.GetAttribute("value"));
        var rows = result.QuerySelectorAll(".hours-table tbody tr");
        Assert.Equal(7, rows.Length);
        Assert.Equal("07:00–12:30 14:00–18:00", Cell(rows[0]));
        Assert.Equal("geschlossen", Cell(rows[3])); // Corpus Christi
        Assert.Equal("07:00–13:00", Cell(rows[5]));
        Assert.Empty(result.QuerySelectorAll(".hours-editor__summary li"));
    }

    [Fact]
    public async Task Check_WrongSpan_ShowsTheErrorAtTheFieldAndInTheSummary()
    {
        var client = app.CreateClient();
        var token = Token((await GetAsync(client, Page)).Document);

        var result = await PostAsync(client, token, new Dictionary<string, string>
        {
            ["Hours.Days[2].Spans[0].Start"] = "12:00",
            ["Hours.Days[2].Spans[0].End"] = "08:00",
            ["Hours.Days[3].Spans[0].Start"] = "09:00",
        }, "check");

        var end = result.QuerySelector("input[name='Hours.Days[2].Spans[0].End']")!;
        Assert.Equal("true", end.GetAttribute("aria-invalid"));
        var describedBy = result.GetElementById(end.GetAttribute("aria-describedby")!);
        Assert.StartsWith("Das Ende liegt vor dem Beginn.", describedBy?.TextContent, StringComparison.Ordinal);
        var summary = result.QuerySelectorAll(".hours-editor__summary li a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("#" + end.Id, "Mittwoch, Ende 1. Zeitraum: " + describedBy!.TextContent), summary);
        Assert.Contains(summary, link => link.TextContent.StartsWith("Donnerstag, Ende 1. Zeitraum: Bitte ein Ende eingeben", StringComparison.Ordinal));
        Assert.Equal("Die Vorschau erscheint, sobald alle Angaben stimmen.", result.QuerySelector(".hours-editor__no-preview")?.TextContent);
    }

    [Fact]
    public async Task Check_ReadText_FillsTheTableFromTheText()
    {
        var client = app.CreateClient();
        var token = Token((await GetAsync(client, Page)).Document);

        var result = await PostAsync(client, token, new Dictionary<string, string>
        {
            ["Hours.Source"] = "text",
            ["Hours.Text"] = "Tu-Sa 10:00-18:00; Su,PH off; Dec 31 10:00-14:00",
        }, "read-text");

        Assert.Equal("10:00", result.QuerySelector("input[name='Hours.Days[1].Spans[0].Start']")?.GetAttribute("value"));
        Assert.Equal("", result.QuerySelector("input[name='Hours.Days[0].Spans[0].Start']")?.GetAttribute("value") ?? "");
        Assert.True(result.QuerySelector("input[name='Hours.ClosedOnPublicHolidays']")?.HasAttribute("checked"));
        Assert.Equal("31", result.QuerySelector("input[name='Hours.SpecialDates[0].FromDay']")?.GetAttribute("value"));
        Assert.True(result.QuerySelector("input[name='Hours.Source'][value='tabelle']")?.HasAttribute("checked"));
        Assert.Equal("Tu-Sa 10:00-18:00; PH off; Dec 31 10:00-14:00", result.QuerySelector("[data-hours-part='value']")?.TextContent);
    }

    [Fact]
    public async Task Check_GetWithTextOutsideTheTable_KeepsTheTextAndSaysWhy()
    {
        var (_, document) = await GetAsync(app.CreateClient(), Page + "?wert=" + Uri.EscapeDataString("Mo-Fr 09:00-17:00 \"nach Vereinbarung\""));

        Assert.True(document.QuerySelector("input[name='Hours.Source'][value='text']")?.HasAttribute("checked"));
        Assert.Contains("Kommentar", document.QuerySelector(".hours-editor__note")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mo-Fr 09:00-17:00 \"nach Vereinbarung\"", document.QuerySelector("[data-hours-part='value']")?.TextContent);
    }

    [Fact]
    public async Task Check_BrokenText_ErrorAtTheTextField()
    {
        var client = app.CreateClient();
        var token = Token((await GetAsync(client, Page)).Document);

        var result = await PostAsync(client, token, new Dictionary<string, string>
        {
            ["Hours.Source"] = "text",
            ["Hours.Text"] = "Mo-Fr 08:00-18:00; Sa 25:00-26:00",
        }, null);

        var text = result.QuerySelector("input[name='Hours.Text']")!;
        Assert.Equal("true", text.GetAttribute("aria-invalid"));
        Assert.Equal("Zeichen 23: Stunden 00–23 erwartet", result.QuerySelector("[data-hours-status]")?.TextContent);
    }

    [Fact]
    public async Task Check_PostWithoutAntiforgeryToken_IsRefused()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsync(new Uri(Page, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Hours.Text"] = "Mo 08:00-12:00" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Fragment_ButtonPressed_ReturnsTheEditorAloneUnderTheGivenPrefix()
    {
        var client = app.CreateClient();
        var token = Token((await GetAsync(client, Page)).Document);

        using var response = await client.PostAsync(new Uri("/oeffnungszeiten/editor?prefix=Listing.Hours", UriKind.Relative),
            new FormUrlEncodedContent(AsBrowserPosts(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Listing.Hours.Days[4].Spans[0].Start"] = "08:00",
                ["Listing.Hours.Days[4].Spans[0].End"] = "12:00",
                ["Listing.Hours.Action"] = "add-span:4",
            }, "Listing.Hours")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        var document = await Parse(html);
        Assert.True(document.QuerySelector("input[name='Listing.Hours.Days[4].Spans[1].Start'][autofocus]") is not null, html);
        Assert.Equal("Fr 08:00-12:00", document.QuerySelector("[data-hours-part='value']")?.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("a%22%3E%3Cscript%3E")]
    public async Task Fragment_BadPrefix_Returns400(string prefix)
    {
        var client = app.CreateClient();
        var token = Token((await GetAsync(client, Page)).Document);

        using var response = await client.PostAsync(new Uri("/oeffnungszeiten/editor?prefix=" + prefix, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Check_HostileFormValues_AnswersWithErrorsNotAServerError()
    {
        var client = app.CreateClient();
        var token = Token((await GetAsync(client, Page)).Document);
        var fields = new Dictionary<string, string>
        {
            ["Hours.Days[0].Spans[0].Start"] = "99:99",
            ["Hours.Days[0].Spans[0].End"] = "<b>x</b>",
            ["Hours.Days[9].Spans[0].Start"] = "08:00",
            ["Hours.Days[1].Spans[999].Start"] = "08:00",
            ["Hours.SpecialDates[0].FromDay"] = "-1",
            ["Hours.SpecialDates[0].FromMonth"] = "13",
            ["Hours.PreviewWeek"] = "9999-99-99",
        };

        var result = await PostAsync(client, token, fields, "remove-span:7:-3");

        Assert.Equal("Bitte eine Uhrzeit im Format SS:MM eingeben, zum Beispiel 07:30.",
            result.GetElementById(result.QuerySelector("input[name='Hours.Days[0].Spans[0].Start']")!.GetAttribute("aria-describedby")!)?.TextContent);
        Assert.Null(result.QuerySelector("b"));
        Assert.Contains(result.QuerySelectorAll(".hours-editor__summary li"), li => li.TextContent.Contains("Diesen Tag gibt es", StringComparison.Ordinal));
    }

    /// <summary>A browser posts every day's rows, empty ones too (list binding needs indexes from 0 without gaps).</summary>
    private static Dictionary<string, string> AsBrowserPosts(Dictionary<string, string> fields, string prefix)
    {
        var form = new Dictionary<string, string>(fields);
        for (var day = 0; day < 7; day++)
        {
            form.TryAdd($"{prefix}.Days[{day}].Spans[0].Start", "");
            form.TryAdd($"{prefix}.Days[{day}].Spans[0].End", "");
        }

        return form;
    }

    private static string Cell(IElement row) =>
        string.Join(" ", row.QuerySelectorAll(".hours-table__span").Select(s => s.TextContent.Trim()));

    private static string LabelOf(IDocument document, IElement input)
    {
        var label = document.QuerySelector($"label[for='{input.Id}']") ?? input.Closest("label");
        return label?.TextContent.Trim() ?? "";
    }

    private static string Token(IDocument document) =>
        document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    private static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response, await Parse(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<IDocument> PostAsync(HttpClient client, string token, Dictionary<string, string> fields, string? action)
    {
        var form = AsBrowserPosts(fields, "Hours");
        form["__RequestVerificationToken"] = token;
        if (action is not null)
        {
            form["Hours.Action"] = action;
        }

        using var response = await client.PostAsync(new Uri(Page, UriKind.Relative), new FormUrlEncodedContent(form));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        return await Parse(html);
    }

    private static Task<IDocument> Parse(string html) =>
        BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
}
