using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace HalloBot.IntegrationTests.Accessibility;

/// <summary>A site per test: reports land in its pickup folder and count against its rate limit.</summary>
public sealed partial class BarrierReportTests : IDisposable
{
    private readonly AccessibilityApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Report_Valid_WritesOneMailToStaffAndShowsThanks()
    {
        using var client = _app.Browser();

        var response = await Html.PostReportAsync(client, Html.ValidReport());
        var thanks = await client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/barrierefreiheit/danke", response.Headers.Location?.OriginalString);
        Assert.Contains("Vielen Dank für Ihre Meldung", await thanks.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var file = Assert.Single(_app.Messages());
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var (headers, body) = ReadMessage(await File.ReadAllTextAsync(file));
        Assert.Equal(AccessibilityApp.StaffAddress, headers["To"]);
        Assert.Equal("anna@example.org", headers["Reply-To"]);
        Assert.Equal("Barriere gemeldet: /suche?q=b%C3%A4cker", DecodeWords(headers["Subject"]));
        Assert.Contains("Seite: /suche?q=b%C3%A4cker", body, StringComparison.Ordinal);
        Assert.Contains("Die Trefferliste wird vom Screenreader nicht als Liste vorgelesen.", body, StringComparison.Ordinal);
        Assert.Contains("Eingegangen: 01.06.2026 10:00 Uhr", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithoutEmail_HasNoReplyTo()
    {
        using var client = _app.Browser();

        await Html.PostReportAsync(client, Html.ValidReport(email: null));

        var (headers, body) = ReadMessage(await File.ReadAllTextAsync(Assert.Single(_app.Messages())));
        Assert.False(headers.ContainsKey("Reply-To"));
        Assert.Contains("Antwort an: keine E-Mail-Adresse angegeben", body, StringComparison.Ordinal);
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
        Assert.Empty(_app.Messages());
    }

    [Fact]
    public async Task Report_MissingFields_SaysWhatIsRequired()
    {
        using var client = _app.Browser();

        var page = await Html.ParseAsync(await Html.PostReportAsync(client, new Dictionary<string, string> { ["PageUrl"] = " ", ["Description"] = "" }));

        Assert.Equal(
            ["Bitte geben Sie die Adresse der Seite an.", "Bitte beschreiben Sie, was nicht funktioniert."],
            page.QuerySelectorAll(".error-summary li a").Select(a => a.TextContent.Trim()));
        Assert.Empty(_app.Messages());
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
        Assert.Empty(_app.Messages());
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
        Assert.Empty(_app.Messages());
    }

    [Fact]
    public async Task Report_WithoutAntiforgeryToken_IsRefusedAndSendsNothing()
    {
        using var client = _app.Browser();
        using var content = new FormUrlEncodedContent(Html.ValidReport());

        var response = await client.PostAsync(new Uri("/barrierefreiheit", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_app.Messages());
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
        Assert.Equal(AccessibilityApp.ReportsPerHour, _app.Messages().Length);
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

    private static (Dictionary<string, string> Headers, string Body) ReadMessage(string message)
    {
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, "no blank line between headers and body");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in message[..split].Split("\r\n"))
        {
            if (line.StartsWith(' ') && last is not null)
            {
                headers[last] += line;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            last = line[..colon];
            headers[last] = line[(colon + 1)..].Trim();
        }

        Assert.Equal("text/plain; charset=utf-8", headers["Content-Type"]);
        Assert.Equal("base64", headers["Content-Transfer-Encoding"]);
        Assert.All(message.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
        var body = Encoding.UTF8.GetString(Convert.FromBase64String(message[(split + 4)..].Replace("\r\n", "", StringComparison.Ordinal)));
        return (headers, body);
    }

    private static string DecodeWords(string header) =>
        string.Concat(EncodedWord().Matches(header).Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value))));

    [GeneratedRegex(@"=\?utf-8\?B\?([A-Za-z0-9+/=]+)\?=")]
    private static partial Regex EncodedWord();
}
