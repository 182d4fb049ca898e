using System.Net;
using HalloBot.IntegrationTests.Accessibility;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Legal;

/// <summary>The office edits the imprint and the privacy statement at /verwaltung/texte; the public pages show it at once.</summary>
public sealed class OfficeTextsTests : IAsyncLifetime, IDisposable
{
    private const string Edit = "/verwaltung/texte/impressum/de";
    private const string Form = "form.admin-form";

    private readonly HalloBotAppFactory _app = new();
    private HttpClient _staff = null!;

    public async Task InitializeAsync() =>
        _staff = await _app.CreateClientSignedInAsAsync(await _app.CreateMemberAsync("texte@example.org", staff: true));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _staff?.Dispose();
        _app.Dispose();
    }

    private string OfficeFile => Path.Combine(_app.DataDirectory, "content", "impressum.de.md");

    [Fact]
    public async Task Save_Staff_PublicPageShowsTheNewTextAtOnce()
    {
        var saved = await _staff.SubmitAsync(Edit, [new("markdown", "# Impressum\n\nStadt Bottrop\nAmt für Wirtschaftsförderung\nNeue Hausnummer 7")], Form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var anonymous = _app.CreateClient();
        var page = await Html.ParseAsync(await anonymous.GetAsync(new Uri("/impressum", UriKind.Relative)));
        Assert.Contains("Neue Hausnummer 7", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var overview = await Html.ParseAsync(await _staff.GetAsync(new Uri("/verwaltung/texte", UriKind.Relative)));
        Assert.Contains("Eigene Fassung", overview.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_EasyReadPage_ListedAndThePublicPageShowsTheNewTextAtOnce()
    {
        var overview = await Html.ParseAsync(await _staff.GetAsync(new Uri("/verwaltung/texte", UriKind.Relative)));
        Assert.Contains(overview.QuerySelectorAll("main table a"), a => a.GetAttribute("href") == "/verwaltung/texte/leichte-sprache/de" && a.TextContent.Contains("Leichte Sprache", StringComparison.Ordinal));

        var saved = await _staff.SubmitAsync("/verwaltung/texte/leichte-sprache/de",
            [new("markdown", "# Hallo-Bot in Leichter Sprache\n\nHier finden Sie Geschäfte in Bottrop.\n\nDas Rathaus hilft Ihnen gern.")], Form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var anonymous = _app.CreateClient();
        var page = await Html.ParseAsync(await anonymous.GetAsync(new Uri("/leichte-sprache", UriKind.Relative)));
        Assert.Contains("Das Rathaus hilft Ihnen gern.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_app.DataDirectory, "content", "leichte-sprache.de.md")));
        // The edit page links to this text's own public page and previews it as that page renders it.
        var edit = await Html.ParseAsync(await _staff.GetAsync(new Uri("/verwaltung/texte/leichte-sprache/de", UriKind.Relative)));
        Assert.Contains(edit.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/leichte-sprache");
        Assert.DoesNotContain(edit.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/datenschutz");
        Assert.NotNull(edit.QuerySelector(".admin-preview .prose.easy-read"));
    }

    [Fact]
    public async Task Preview_Staff_ShowsTheTypedTextAndSavesNothing()
    {
        var response = await _staff.SubmitAsync(Edit, [new("markdown", "# Impressum\n\nNur zur Probe"), new("preview", "1")], Form);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nur zur Probe", page.QuerySelector(".admin-preview")!.TextContent, StringComparison.Ordinal);
        Assert.False(File.Exists(OfficeFile));
        using var anonymous = _app.CreateClient();
        Assert.DoesNotContain("Nur zur Probe", await anonymous.GetStringAsync(new Uri("/impressum", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public async Task Save_EmptyText_ErrorOnTheFieldAndNothingSaved(string markdown)
    {
        var response = await _staff.SubmitAsync(Edit, [new("markdown", markdown)], Form);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bitte geben Sie einen Text ein", page.QuerySelector("#text-fehler")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#text-markdown")!.GetAttribute("aria-invalid"));
        Assert.False(File.Exists(OfficeFile));
    }

    [Fact]
    public async Task Save_TooLong_ErrorKeepsTheTypedTextAndSavesNothing()
    {
        var typed = "# Impressum\n\n" + new string('x', 300 * 1024);

        var response = await _staff.SubmitAsync(Edit, [new("markdown", typed)], Form);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("zu lang", page.QuerySelector("#text-fehler")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("#text-markdown")!.TextContent);
        Assert.False(File.Exists(OfficeFile));
    }

    [Fact]
    public async Task Save_ScriptInText_PublicPageShowsItAsText()
    {
        await _staff.SubmitAsync(Edit, [new("markdown", "# Impressum\n\n<script>alert(1)</script> [x](javascript:alert(2))")], Form);

        using var anonymous = _app.CreateClient();
        var html = await anonymous.GetStringAsync(new Uri("/impressum", UriKind.Relative));
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_AfterSave_ShippedTextShowsAgain()
    {
        await _staff.SubmitAsync(Edit, [new("markdown", "# Impressum\n\nVorübergehend")], Form);

        var reset = await _staff.SubmitAsync(Edit, [], "form[action$='/zuruecksetzen']");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False(File.Exists(OfficeFile));
        using var anonymous = _app.CreateClient();
        var text = await anonymous.GetStringAsync(new Uri("/impressum", UriKind.Relative));
        Assert.DoesNotContain("Vorübergehend", text, StringComparison.Ordinal);
        Assert.Contains("Ernst-Wilczok-Platz 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_MemberWithoutStaffRole_ForbiddenAndNothingSaved()
    {
        var token = await _staff.AntiforgeryTokenAsync(Edit);
        using var member = await _app.CreateClientSignedInAsAsync(await _app.CreateMemberAsync("haendler@example.org"));

        var page = await member.GetAsync(new Uri(Edit, UriKind.Relative));
        var post = await member.PostAsync(new Uri(Edit, UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("markdown", "# Übernommen")]));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"answered {post.StatusCode}");
        Assert.False(File.Exists(OfficeFile));
    }

    [Fact]
    public async Task Save_Anonymous_SentToSignInAndNothingSaved()
    {
        using var anonymous = _app.CreateNonRedirectingClient();

        var page = await anonymous.GetAsync(new Uri(Edit, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/konto/anmelden", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(OfficeFile));
    }

    [Fact]
    public async Task Save_WithoutAntiforgeryToken_RefusedAndNothingSaved()
    {
        var post = await _staff.PostAsync(new Uri(Edit, UriKind.Relative), new FormUrlEncodedContent([new("markdown", "# Ohne Token")]));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.False(File.Exists(OfficeFile));
    }

    [Theory]
    [InlineData("/verwaltung/texte/agb/de")]
    [InlineData("/verwaltung/texte/impressum/fr")]
    [InlineData("/verwaltung/texte/..%2Fhallobot/de")]
    public async Task Edit_UnknownText_NotFound(string path)
    {
        var response = await _staff.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
