using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Feedback;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.IntegrationTests.Photos;
using HalloBot.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Feedback;

/// <summary>
/// What keeps feedback safe when people act at once, forget a token, or did not agree to be named: races end in one
/// change and a readable 409, forged or anonymous posts change nothing, the sender's business and screenshot stay private.
/// </summary>
public sealed class FeedbackSafeguardTests(FeedbackFixture site) : IClassFixture<FeedbackFixture>
{
    private FeedbackApp App => site.App;

    [Fact]
    public async Task ChangeStatus_TwoParallelPosts_OneChangeOneMailPerRecipientAndA409()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Doppelklick-Test");
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.VoteAsync(await App.CreateClientSignedInAsAsync(site.Voter), id, site.OtherListing)).StatusCode);
        var first = await App.CreateClientSignedInAsAsync(site.Staff);
        var second = await App.CreateClientSignedInAsAsync(site.Staff);
        var page = $"/verwaltung/mitgestalten/{id}";
        var tokens = await Task.WhenAll(first.AntiforgeryTokenAsync(page), second.AntiforgeryTokenAsync(page));
        FormUrlEncodedContent Form(string token) => new(
            [new("Status", "Planned"), new("answer", "Kommt im März."), new("seen", "New"), new("__RequestVerificationToken", token)]);

        var responses = await Task.WhenAll(first.PostAsync($"{page}/status", Form(tokens[0])), second.PostAsync($"{page}/status", Form(tokens[1])));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var conflict = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("Inzwischen hat jemand anderes den Status dieses Feedbacks geändert", WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await App.QueryAsync(db => db.FeedbackStatusChanges.CountAsync(c => c.FeedbackId == id)));
        var changeId = await App.QueryAsync(db => db.FeedbackStatusChanges.Where(c => c.FeedbackId == id).Select(c => c.Id).SingleAsync());
        var recipients = await App.QueryAsync(db => db.OutgoingMails
            .Where(m => m.Kind == FeedbackMails.StatusKind && m.DeduplicationKey.StartsWith($"{FeedbackMails.StatusKind}:{changeId}:"))
            .Select(m => m.Recipient).ToListAsync());
        Assert.Equal(["baecker@example.org", "rad@example.org"], recipients.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ChangeStatus_FormShownBeforeAnotherChange_409AndNothingWritten()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Veraltetes Formular");
        var staff = await App.CreateClientSignedInAsAsync(site.Staff);
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(staff, id, "UnderReview", "Wir prüfen.")).StatusCode);

        // Declining from a form that still showed "new": the answer was written for a state that is gone.
        var stale = await staff.PostAsync($"/verwaltung/mitgestalten/{id}", $"/verwaltung/mitgestalten/{id}/status",
            [new("Status", "Declined"), new("answer", "Nein."), new("seen", "New")]);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(FeedbackStatus.UnderReview, await App.QueryAsync(db => db.FeedbackItems.Where(f => f.Id == id).Select(f => f.Status).SingleAsync()));
        Assert.Equal(1, await App.QueryAsync(db => db.FeedbackStatusChanges.CountAsync(c => c.FeedbackId == id)));
    }

    [Fact]
    public async Task Pages_SenderWithoutConsent_BusinessNamedNowhereAndOwnCommentSaysSender()
    {
        const string title = "Ohne Namen bitte";
        var senderClient = await App.CreateClientSignedInAsAsync(site.Sender);
        var id = await FeedbackForms.SendValidAsync(senderClient, site.SenderListing, title, showBusiness: false);
        Assert.False(await App.QueryAsync(db => db.FeedbackItems.Where(f => f.Id == id).Select(f => f.ShowBusiness).SingleAsync()));
        var listing = site.SenderListing.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await senderClient.SubmitAsync($"/mitgestalten/{id}", [new("CommentListingId", listing), new("CommentText", "Noch ein Detail dazu.")], "form[action$='/kommentar']")).StatusCode);
        var voter = await App.CreateClientSignedInAsAsync(site.Voter);
        Assert.Equal(HttpStatusCode.Redirect, (await voter.SubmitAsync($"/mitgestalten/{id}", [new("CommentListingId", site.OtherListing.ToString(CultureInfo.InvariantCulture)), new("CommentText", "Sehen wir genauso.")], "form[action$='/kommentar']")).StatusCode);

        var anonymous = App.CreateClient();
        var roadmap = new HtmlParser().ParseDocument(await anonymous.GetStringAsync("/mitgestalten"));
        var entry = roadmap.QuerySelector($"li[data-feedback-id='{id}']")!;
        Assert.Contains(title, entry.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Bäckerei Kortmann", entry.TextContent, StringComparison.Ordinal);

        var detail = new HtmlParser().ParseDocument(await anonymous.GetStringAsync($"/mitgestalten/{id}"));
        Assert.DoesNotContain("Bäckerei Kortmann", detail.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var authors = detail.QuerySelectorAll(".feedback-comments li strong").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(["Absender/in", "Radhaus Overbeck"], authors);

        // Staff still see whose it is, and that the sender did not agree to be named.
        var staff = WebUtility.HtmlDecode(await (await App.CreateClientSignedInAsAsync(site.Staff)).GetStringAsync($"/verwaltung/mitgestalten/{id}"));
        Assert.Contains("Bäckerei Kortmann", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screenshot_OnlyStaffAndSendersBusiness_OthersAndPublicMediaPath404()
    {
        var sender = await App.CreateClientSignedInAsAsync(site.Sender);
        var token = await sender.AntiforgeryTokenAsync("/mitgestalten/neu");
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in FeedbackForms.Valid(site.SenderListing, "Mit Screenshot"))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(PhotoFiles.Jpeg(1200, 800)), "Screenshot", "bildschirm.jpg");
        var sent = await sender.PostAsync("/mitgestalten/neu", form);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var id = await App.QueryAsync(db => db.FeedbackItems.Where(f => f.Title == "Mit Screenshot").Select(f => f.Id).SingleAsync());
        var key = await App.QueryAsync(db => db.FeedbackItems.Where(f => f.Id == id).Select(f => f.ScreenshotKey).SingleAsync());
        Assert.NotNull(key);

        var url = FeedbackRoutes.Screenshot(id, FeedbackRoutes.ScreenshotPage);
        Assert.Contains($"src=\"{url}\"", await sender.GetStringAsync($"/mitgestalten/{id}"), StringComparison.Ordinal);
        foreach (var allowed in new[] { sender, await App.CreateClientSignedInAsAsync(site.Staff) })
        {
            foreach (var size in new[] { FeedbackRoutes.ScreenshotPage, FeedbackRoutes.ScreenshotFull })
            {
                var image = await allowed.GetAsync(FeedbackRoutes.Screenshot(id, size));
                Assert.Equal(HttpStatusCode.OK, image.StatusCode);
                Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
                Assert.Equal(new byte[] { 0xFF, 0xD8 }, (await image.Content.ReadAsByteArrayAsync())[..2]);
                Assert.True(image.Headers.CacheControl?.Private == true, "a shared cache must not keep it");
            }
        }

        var other = await App.CreateClientSignedInAsAsync(site.Voter);
        Assert.DoesNotContain(url, await other.GetStringAsync($"/mitgestalten/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateNonRedirectingClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sender.GetAsync(FeedbackRoutes.Detail(id) + "/screenshot/original.jpg")).StatusCode);
        foreach (var name in new[] { "page.jpg", "full.jpg", "page.webp", "full.webp" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync($"/media/photos/{key}/{name}")).StatusCode);
        }

        Assert.False(Directory.Exists(Path.Combine(App.Data, "media", "public", "photos", key!)), "nothing of it is below the public media folder");
    }

    public static TheoryData<string, string> FormsWithoutToken => new()
    {
        { "/mitgestalten/neu", "Title=Ohne+Token+gesendet&Text=Ein+Text+ohne+Token+dazu&Kind=Idea&Area=Search" },
        { "/mitgestalten/{id}/stimme", "VoteListingId={other}" },
        { "/mitgestalten/{id}/folgen", "follow=true" },
        { "/mitgestalten/{id}/kommentar", "CommentListingId={other}&CommentText=Ohne+Token" },
    };

    [Theory]
    [MemberData(nameof(FormsWithoutToken))]
    public async Task Post_MemberWithoutAntiforgeryToken_400AndNothingChanged(string action, string body)
    {
        var id = await EnsureItemAsync();
        var voter = await App.CreateClientSignedInAsAsync(site.Voter);
        var before = await CountsAsync();

        var response = await voter.PostAsync(Fill(action, id), Body(body, id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    public static TheoryData<string, string> StaffFormsWithoutToken => new()
    {
        { "/verwaltung/mitgestalten/{id}/status", "Status=Planned&answer=Ohne+Token" },
        { "/verwaltung/mitgestalten/{id}/notiz", "note=Ohne+Token" },
        { "/verwaltung/mitgestalten/{id}/zusammenfuehren", "MergeTarget={first}" },
    };

    [Theory]
    [MemberData(nameof(StaffFormsWithoutToken))]
    public async Task Post_StaffWithoutAntiforgeryToken_400AndNothingChanged(string action, string body)
    {
        var id = await EnsureItemAsync();
        var staff = await App.CreateClientSignedInAsAsync(site.Staff);
        var before = await CountsAsync();

        var response = await staff.PostAsync(Fill(action, id), Body(body, id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("stimme", "VoteListingId={other}")]
    [InlineData("folgen", "follow=true")]
    [InlineData("kommentar", "CommentListingId={other}&CommentText=Anonym+geschrieben")]
    public async Task Post_Anonymous_GoesToSignInAndNothingChanged(string action, string body)
    {
        var id = await EnsureItemAsync();
        var anonymous = App.CreateCookieClient();
        var token = await anonymous.AntiforgeryTokenAsync("/konto/anmelden");
        var before = await CountsAsync();

        var response = await anonymous.PostAsync($"/mitgestalten/{id}/{action}", new StringContent(
            Fill(body, id) + "&__RequestVerificationToken=" + Uri.EscapeDataString(token), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/anmelden", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    public static TheoryData<string, string, string> BadStaffFields => new()
    {
        { "notiz", "note= ", "#Note-error|Bitte füllen Sie dieses Feld aus." },
        { "notiz", "note=" + new string('n', FeedbackNote.TextMaxLength + 1), $"#Note-error|Höchstens {FeedbackNote.TextMaxLength} Zeichen sind erlaubt, der Text hat {FeedbackNote.TextMaxLength + 1}." },
        { "zusammenfuehren", "MergeTarget=99999", "#MergeTarget-error|Bitte geben Sie die Nummer eines vorhandenen Feedbacks ein" },
        { "zusammenfuehren", "MergeTarget=zwölf", "#MergeTarget-error|Bitte geben Sie die Nummer eines vorhandenen Feedbacks ein" },
        { "zusammenfuehren", "MergeTarget={id}", "#MergeTarget-error|Es ist dasselbe oder selbst schon zusammengeführt." },
        { "zusammenfuehren", "MergeTarget={closed}", "#MergeTarget-error|Es ist schon erledigt oder abgelehnt." },
    };

    [Theory]
    [MemberData(nameof(BadStaffFields))]
    public async Task StaffForm_BadNoteOrMergeTarget_GermanErrorOnFieldAndNothingChanged(string action, string body, string expected)
    {
        var id = await EnsureItemAsync();
        var staff = await App.CreateClientSignedInAsAsync(site.Staff);
        var fields = Fill(body, id).Split('=', 2);
        var before = await CountsAsync();

        var response = await staff.SubmitAsync($"/verwaltung/mitgestalten/{id}", [new(fields[0], fields[1])], $"form[action$='/{action}']");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (selector, message) = (expected.Split('|')[0], expected.Split('|')[1]);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, document.QuerySelector(selector)?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Null(await App.QueryAsync(db => db.FeedbackItems.Where(f => f.Id == id).Select(f => f.MergedIntoId).SingleAsync()));
    }

    [Fact]
    public async Task Comment_HoneypotFilled_LooksDoneButNothingWritten()
    {
        var id = await EnsureItemAsync();
        var voter = await App.CreateClientSignedInAsAsync(site.Voter);
        var before = await CountsAsync();

        var response = await voter.SubmitAsync($"/mitgestalten/{id}",
            [new("CommentListingId", site.OtherListing.ToString(CultureInfo.InvariantCulture)), new("CommentText", "Billige Uhren hier!"), new("Website", "https://spam.example")],
            "form[action$='/kommentar']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("erledigt=kommentiert", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.DoesNotContain("Billige Uhren", await App.CreateClient().GetStringAsync($"/mitgestalten/{id}"), StringComparison.Ordinal);
    }

    private int? _item;
    private int? _closed;

    /// <summary>One open feedback of the sender's business and one declined, shared by the tests that only need some.</summary>
    private async Task<int> EnsureItemAsync()
    {
        if (_item is { } id)
        {
            return id;
        }

        var sender = await App.CreateClientSignedInAsAsync(site.Sender);
        _item = await FeedbackForms.SendValidAsync(sender, site.SenderListing, "Gemeinsames Feedback " + Guid.NewGuid().ToString("N")[..6]);
        _closed = await FeedbackForms.SendValidAsync(sender, site.SenderListing, "Abgelehntes Feedback " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(await App.CreateClientSignedInAsAsync(site.Staff), _closed.Value, "Declined", "Nein, weil …")).StatusCode);
        return _item.Value;
    }

    private string Fill(string template, int id) => template
        .Replace("{id}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{other}", site.OtherListing.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{first}", _closed!.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{closed}", _closed!.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private StringContent Body(string template, int id) =>
        new(Fill(template, id), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

    private Task<(int Items, int Votes, int Comments, int Follows, int Changes, int Notes, int Merged, int Mails)> CountsAsync() =>
        App.QueryAsync(async db => (
            await db.FeedbackItems.CountAsync(),
            await db.FeedbackVotes.CountAsync(),
            await db.FeedbackComments.CountAsync(),
            await db.FeedbackFollowers.CountAsync(),
            await db.FeedbackStatusChanges.CountAsync(),
            await db.FeedbackNotes.CountAsync(),
            await db.FeedbackItems.CountAsync(f => f.MergedIntoId != null),
            await db.OutgoingMails.CountAsync()));
}
