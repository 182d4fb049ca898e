using System.Net;

namespace HalloBot.IntegrationTests.Accessibility;

/// <summary>A site per test: reports go into its mail queue (and from there to its pickup folder) and count against its rate limit.</summary>
public sealed class BarrierReportTests : IDisposable
{
    private readonly AccessibilityApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Report_Valid_QueuesOneMailToStaffThatArrivesWithReplyToAndShowsThanks()
    {
        using var client = _app.Browser();

        var response = await Html.PostReportAsync(client, Html.ValidReport());
        var thanks = await client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/barrierefreiheit/danke", response.Headers.Location?.OriginalString);
        Assert.Contains("Vielen Dank für Ihre Meldung", await thanks.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var queued = Assert.Single(await _app.ReportsAsync());
        Assert.Equal(AccessibilityApp.StaffAddress, queued.Recipient);
        Assert.Equal("anna@example.org", queued.ReplyTo);
        var message = await _app.DeliveredAsync();
        Assert.Equal(AccessibilityApp.StaffAddress, message.To.Mailboxes.Single().Address);
        Assert.Equal("anna@example.org", message.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("Barriere gemeldet: /suche?q=b%C3%A4cker", message.Subject);
        Assert.Contains("Seite: /suche?q=b%C3%A4cker", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Die Trefferliste wird vom Screenreader nicht als Liste vorgelesen.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Eingegangen: 01.06.2026 10:00 Uhr", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithoutEmail_HasNoReplyTo()
    {
        using var client = _app.Browser();

        await Html.PostReportAsync(client, Html.ValidReport(email: null));

        Assert.Null(Assert.Single(await _app.ReportsAsync()).ReplyTo);
        var message = await _app.DeliveredAsync();
        Assert.Empty(message.ReplyTo);
        Assert.Contains("Antwort an: keine E-Mail-Adresse angegeben", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_InvalidFields_ShowsEveryErrorInGermanAndSendsNothing()
    {
        using var client = _app.Browser();

        var response = await Html.PostReportAsync(client, new Dictionary<string, string>
        {
            ["PageUrl"] = "javascript:alert(1)",
            ["Description"] = "kaputt",
            ["Email"] = "anna@",
        });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Bitte geben Sie eine Adresse an, die mit https:// oder http:// oder mit / beginnt.",
             "Die Beschreibung muss mindestens 10 und darf höchstens 4000 Zeichen lang sein.",
             "Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de, oder lassen Sie das Feld leer."],
            page.QuerySelectorAll(".error-summary li a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["#PageUrl", "#Description", "#Email"], page.QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")));
        Assert.Equal("true", page.QuerySelector("#Description")!.GetAttribute("aria-invalid"));
        Assert.Equal("Description-hint Description-error", page.QuerySelector("#Description")!.GetAttribute("aria-describedby"));
        Assert.Equal("kaputt", page.QuerySelector("#Description")!.TextContent);
        Assert.Empty(await _app.ReportsAsync());
    }

    [Fact]
    public async Task Report_MissingFields_SaysWhatIsRequired()
    {
        using var client = _app.Browser();

        var page = await Html.ParseAsync(await Html.PostReportAsync(client, new Dictionary<string, string> { ["PageUrl"] = " ", ["Description"] = "" }));

        Assert.Equal(
            ["Bitte geben Sie die Adresse der Seite an.", "Bitte beschreiben Sie, was nicht funktioniert."],
            page.QuerySelectorAll(".error-summary li a").Select(a => a.TextContent.Trim()));
        Assert.Empty(await _app.ReportsAsync());
    }

    [Fact]
    public async Task Report_InvalidInEnglish_ShowsEnglishErrors()
    {
        using var client = _app.Browser();

        var page = await Html.ParseAsync(await Html.PostReportAsync(client, new Dictionary<string, string> { ["PageUrl"] = "", ["Description"] = "" }, "?culture=en"));

        Assert.Contains("Please enter the address of the page.", page.QuerySelectorAll(".error-summary li a").Select(a => a.TextContent.Trim()));
    }

    [Theory]
    [InlineData("anna@example.org\r\nBcc: viele@example.org")]
    [InlineData("Anna <anna@example.org>")]
    [InlineData("anna@example.org, bert@example.org")]
    public async Task Report_EmailThatWouldAddHeaders_IsRefused(string email)
    {
        using var client = _app.Browser();

        var response = await Html.PostReportAsync(client, Html.ValidReport(email));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _app.ReportsAsync());
    }

    [Fact]
    public async Task Report_HoneypotFilled_LooksSentButSendsNothing()
    {
        using var client = _app.Browser();
        var fields = Html.ValidReport();
        fields["Website"] = "https://spam.example/";

        var response = await Html.PostReportAsync(client, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/barrierefreiheit/danke", response.Headers.Location?.OriginalString);
        Assert.Empty(await _app.ReportsAsync());
    }

    [Fact]
    public async Task Report_WithoutAntiforgeryToken_IsRefusedAndSendsNothing()
    {
        using var client = _app.Browser();
        using var content = new FormUrlEncodedContent(Html.ValidReport());

        var response = await client.PostAsync(new Uri("/barrierefreiheit", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _app.ReportsAsync());
    }

    [Fact]
    public async Task Report_MoreThanTheHourlyLimit_Answers429WithAGermanPageAndSendsNoMore()
    {
        using var client = _app.Browser();
        for (var i = 0; i < AccessibilityApp.ReportsPerHour; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Html.PostReportAsync(client, Html.ValidReport())).StatusCode);
        }

        var response = await Html.PostReportAsync(client, Html.ValidReport());
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Zu viele Meldungen in kurzer Zeit", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"mailto:{AccessibilityApp.StaffAddress}");
        Assert.True(response.Headers.RetryAfter is not null);
        Assert.Equal(AccessibilityApp.ReportsPerHour, (await _app.ReportsAsync()).Count);
    }

    [Fact]
    public async Task Statement_LimitReached_StillShowsTheStatement()
    {
        using var client = _app.Browser();
        for (var i = 0; i <= AccessibilityApp.ReportsPerHour; i++)
        {
            await Html.PostReportAsync(client, Html.ValidReport());
        }

        var response = await client.GetAsync(new Uri("/barrierefreiheit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
