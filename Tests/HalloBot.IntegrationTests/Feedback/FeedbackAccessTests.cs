using System.Net;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Feedback;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Feedback;

/// <summary>Who may do what with feedback, and what happens to input that is wrong: a German error on the field, nothing written.</summary>
public sealed class FeedbackAccessTests(FeedbackFixture site) : IClassFixture<FeedbackFixture>
{
    private FeedbackApp App => site.App;

    [Fact]
    public async Task NewForm_Anonymous_GoesToSignIn()
    {
        var response = await App.CreateNonRedirectingClient().GetAsync("/mitgestalten/neu");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/anmelden", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_MemberWithoutBusiness_ForbiddenAndNothingWritten()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Eine Frage zu Fotos");
        var outsider = await App.CreateClientSignedInAsAsync(site.Outsider);
        var before = await CountsAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/mitgestalten/neu")).StatusCode);
        var response = await outsider.PostAsync($"/mitgestalten/{id}", "/mitgestalten/neu", FeedbackForms.Valid(site.OtherListing));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Vote_OwnBusinessTwiceOrForeignBusiness_RefusedAndOneVoteCounted()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Mehr Kategorien");
        var sender = await App.CreateClientSignedInAsAsync(site.Sender);
        var voter = await App.CreateClientSignedInAsAsync(site.Voter);
        var page = $"/mitgestalten/{id}";

        var own = await sender.PostAsync(page, $"{page}/stimme", [new("VoteListingId", site.SenderListing.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("Für das Feedback des eigenen Betriebs kann man nicht stimmen.", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var foreign = await voter.PostAsync(page, $"{page}/stimme", [new("VoteListingId", site.SenderListing.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.VoteAsync(voter, id, site.OtherListing)).StatusCode);
        var twice = await voter.PostAsync(page, $"{page}/stimme", [new("VoteListingId", site.OtherListing.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("Dieser Betrieb hat schon für dieses Feedback gestimmt", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(1, await App.QueryAsync(db => db.FeedbackVotes.CountAsync(v => v.FeedbackId == id)));
    }

    [Fact]
    public async Task Vote_DecidedFeedback_ConflictWithMessageAndNoVote()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Druckansicht für Einträge");
        var staff = await App.CreateClientSignedInAsAsync(site.Staff);
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(staff, id, "Declined", "Dafür gibt es die Druckfunktion des Browsers.")).StatusCode);
        var voter = await App.CreateClientSignedInAsAsync(site.Voter);
        var page = $"/mitgestalten/{id}";

        var vote = await voter.PostAsync(page, $"{page}/stimme", [new("VoteListingId", site.OtherListing.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Conflict, vote.StatusCode);
        Assert.Contains("Über dieses Feedback ist entschieden; Abstimmen ist nicht mehr möglich.", WebUtility.HtmlDecode(await vote.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await App.QueryAsync(db => db.FeedbackVotes.CountAsync(v => v.FeedbackId == id)));
    }

    [Fact]
    public async Task Comment_MemberWithoutBusiness_ForbiddenAndNothingWritten()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Kommentare ohne Betrieb");
        var outsider = await App.CreateClientSignedInAsAsync(site.Outsider);
        var page = $"/mitgestalten/{id}";

        var comment = await outsider.PostAsync(page, $"{page}/kommentar",
            [new("CommentListingId", site.OtherListing.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("CommentText", "Ich habe keinen Betrieb, aber eine Meinung.")]);

        Assert.Equal(HttpStatusCode.Forbidden, comment.StatusCode);
        Assert.Equal(0, await App.QueryAsync(db => db.FeedbackComments.CountAsync(c => c.FeedbackId == id)));
    }

    [Fact]
    public async Task Triage_NonStaff_ForbiddenEverywhereAndNotesStayInternal()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Offline-Modus");
        var staff = await App.CreateClientSignedInAsAsync(site.Staff);
        const string note = "Interne Notiz: mit der IT abstimmen, Budget 2027.";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/verwaltung/mitgestalten/{id}", [new("note", note)], "form[action$='/notiz']")).StatusCode);
        Assert.Contains(note, WebUtility.HtmlDecode(await staff.GetStringAsync($"/verwaltung/mitgestalten/{id}")), StringComparison.Ordinal);

        foreach (var member in new[] { site.Sender, site.Voter, site.Outsider })
        {
            var client = await App.CreateClientSignedInAsAsync(member);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/verwaltung/mitgestalten")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/verwaltung/mitgestalten/{id}")).StatusCode);
            var page = $"/mitgestalten/{id}";
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(page, $"/verwaltung/mitgestalten/{id}/status", [new("Status", "Planned"), new("answer", "Ja")])).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(page, $"/verwaltung/mitgestalten/{id}/notiz", [new("note", "Hallo")])).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(page, $"/verwaltung/mitgestalten/{id}/zusammenfuehren", [new("MergeTarget", "1")])).StatusCode);
            Assert.DoesNotContain("Budget 2027", await client.GetStringAsync(page), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Budget 2027", await App.CreateClient().GetStringAsync($"/mitgestalten/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await App.CreateNonRedirectingClient().GetAsync("/verwaltung/mitgestalten")).StatusCode);
        Assert.Equal(FeedbackStatus.New, await App.QueryAsync(db => db.FeedbackItems.Where(f => f.Id == id).Select(f => f.Status).SingleAsync()));
        Assert.Equal(1, await App.QueryAsync(db => db.FeedbackNotes.CountAsync(n => n.FeedbackId == id)));
    }

    public static TheoryData<string, string, string> BadFields => new()
    {
        { "Kind", "", "Bitte wählen Sie, ob es eine Idee, ein Problem oder ein Lob ist." },
        { "Kind", "Wunsch", "Bitte wählen Sie, ob es eine Idee, ein Problem oder ein Lob ist." },
        { "Kind", "1", "Bitte wählen Sie, ob es eine Idee, ein Problem oder ein Lob ist." },
        { "Area", "", "Bitte wählen Sie den Bereich der Plattform, um den es geht." },
        { "Area", "Kaffeeküche", "Bitte wählen Sie den Bereich der Plattform, um den es geht." },
        { "Title", "   ", "Bitte füllen Sie dieses Feld aus." },
        { "Title", "Hey", "Bitte schreiben Sie mindestens 5 Zeichen (bisher 3)." },
        { "Title", new string('x', 121), "Höchstens 120 Zeichen sind erlaubt, der Text hat 121." },
        { "Title", "Glocke\u0007klingelt", "Der Text enthält unsichtbare Steuerzeichen." },
        { "Text", "", "Bitte füllen Sie dieses Feld aus." },
        { "Text", "Zu kurz", "Bitte schreiben Sie mindestens 10 Zeichen (bisher 7)." },
        { "Text", new string('y', 4001), "Höchstens 4000 Zeichen sind erlaubt, der Text hat 4001." },
        { "ListingId", "", "Bitte wählen Sie einen Ihrer Betriebe." },
        { "ListingId", "abc", "Bitte wählen Sie einen Ihrer Betriebe." },
        { "ListingId", "other", "Bitte wählen Sie einen Ihrer Betriebe." },
        { "ShowBusiness", "vielleicht", "Bitte setzen oder entfernen Sie das Häkchen" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Submit_BadField_GermanErrorOnFieldAndNothingWritten(string field, string value, string message)
    {
        var client = await App.CreateClientSignedInAsAsync(site.Sender);
        var fields = FeedbackForms.Valid(site.SenderListing);
        fields[field] = value == "other" ? site.OtherListing.ToString(System.Globalization.CultureInfo.InvariantCulture) : value;
        var before = await CountsAsync();

        var response = await FeedbackForms.SendAsync(client, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, document.QuerySelector($"#{field}-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector($"#{field}")?.GetAttribute("aria-invalid"));
        Assert.NotNull(document.QuerySelector($".error-summary a[href='#{field}']"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Submit_ScreenshotIsHtmlNamedJpg_ErrorOnFieldAndNothingStored()
    {
        var client = await App.CreateClientSignedInAsAsync(site.Sender);
        var token = await client.AntiforgeryTokenAsync("/mitgestalten/neu");
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in FeedbackForms.Valid(site.SenderListing))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent("<html><script>alert(1)</script></html>"u8.ToArray()), "Screenshot", "bildschirm.jpg");
        var mediaBefore = MediaFiles();
        var before = await CountsAsync();

        var response = await client.PostAsync("/mitgestalten/neu", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Der Screenshot wurde nicht angenommen:", document.QuerySelector("#Screenshot-error")?.TextContent.Trim() ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(mediaBefore, MediaFiles());
    }

    [Fact]
    public async Task Submit_HoneypotFilled_LooksSentButNothingWritten()
    {
        var client = await App.CreateClientSignedInAsAsync(site.Sender);
        var fields = FeedbackForms.Valid(site.SenderListing);
        fields["Website"] = "https://spam.example";
        var before = await CountsAsync();

        var response = await FeedbackForms.SendAsync(client, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    public static TheoryData<string, string, string, string> BadTriage => new()
    {
        { "Status", "", "Ja", "Bitte wählen Sie einen der angebotenen nächsten Schritte" },
        { "Status", "New", "Ja", "Bitte wählen Sie einen der angebotenen nächsten Schritte" },
        { "Status", "7", "Ja", "Bitte wählen Sie einen der angebotenen nächsten Schritte" },
        { "Answer", "Planned", " ", "Bitte füllen Sie dieses Feld aus." },
        { "Answer", "Planned", new string('z', 2001), "Höchstens 2000 Zeichen sind erlaubt, der Text hat 2001." },
    };

    [Theory]
    [MemberData(nameof(BadTriage))]
    public async Task ChangeStatus_BadInput_GermanErrorOnFieldAndNoChangeNoMail(string field, string status, string answer, string message)
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Status-Test " + Guid.NewGuid().ToString("N")[..6]);
        var staff = await App.CreateClientSignedInAsAsync(site.Staff);
        var before = await CountsAsync();

        var response = await staff.PostAsync($"/verwaltung/mitgestalten/{id}", $"/verwaltung/mitgestalten/{id}/status", [new("Status", status), new("answer", answer)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, document.QuerySelector($"#{field}-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(FeedbackStatus.New, await App.QueryAsync(db => db.FeedbackItems.Where(f => f.Id == id).Select(f => f.Status).SingleAsync()));
    }

    [Fact]
    public async Task Comment_BadInput_GermanErrorOnFieldAndNothingWritten()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Kommentar-Test");
        var voter = await App.CreateClientSignedInAsAsync(site.Voter);
        var listing = site.OtherListing.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var empty = await voter.SubmitAsync($"/mitgestalten/{id}", [new("CommentListingId", listing), new("CommentText", " ")], "form[action$='/kommentar']");
        var foreign = await voter.SubmitAsync($"/mitgestalten/{id}", [new("CommentListingId", site.SenderListing.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("CommentText", "Gute Idee!")], "form[action$='/kommentar']");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Bitte füllen Sie dieses Feld aus.", new HtmlParser().ParseDocument(await empty.Content.ReadAsStringAsync()).QuerySelector("#CommentText-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("Bitte wählen Sie einen Ihrer Betriebe.", new HtmlParser().ParseDocument(await foreign.Content.ReadAsStringAsync()).QuerySelector("#CommentListingId-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await App.QueryAsync(db => db.FeedbackComments.CountAsync(c => c.FeedbackId == id)));

        var ok = await voter.SubmitAsync($"/mitgestalten/{id}", [new("CommentListingId", listing), new("CommentText", "Gute Idee, das brauchen wir auch!")], "form[action$='/kommentar']");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains("Radhaus Overbeck", WebUtility.HtmlDecode(await App.CreateClient().GetStringAsync($"/mitgestalten/{id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_DuplicateWithVotesAndFollowers_CarryOverToTarget()
    {
        var senderClient = await App.CreateClientSignedInAsAsync(site.Sender);
        var target = await FeedbackForms.SendValidAsync(senderClient, site.SenderListing, "Ziel der Zusammenführung");
        var voterClient = await App.CreateClientSignedInAsAsync(site.Voter);
        var duplicate = await SendAsAsync(voterClient, site.OtherListing, "Duplikat der Zusammenführung");
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.VoteAsync(senderClient, duplicate, site.SenderListing)).StatusCode);
        var thirdClient = await App.CreateClientSignedInAsAsync(site.Third);
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.VoteAsync(thirdClient, duplicate, site.ThirdListing)).StatusCode);
        var outsider = await App.CreateClientSignedInAsAsync(site.Outsider);
        Assert.Equal(HttpStatusCode.Redirect, (await outsider.SubmitAsync($"/mitgestalten/{duplicate}", [], "form[action$='/folgen']")).StatusCode);

        var staff = await App.CreateClientSignedInAsAsync(site.Staff);
        var self = await staff.SubmitAsync($"/verwaltung/mitgestalten/{duplicate}", [new("MergeTarget", duplicate.ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action$='/zusammenfuehren']");
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        var merged = await staff.SubmitAsync($"/verwaltung/mitgestalten/{duplicate}", [new("MergeTarget", target.ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action$='/zusammenfuehren']");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);

        // The sender's business voted for the duplicate, but may not vote for its own target: that vote is dropped.
        // The third business's vote moves; the duplicate's own business (the voter's) now supports the target too.
        var votes = await App.QueryAsync(db => db.FeedbackVotes.Where(v => v.FeedbackId == target).Select(v => v.ListingId).ToListAsync());
        Assert.Equal([site.OtherListing, site.ThirdListing], votes.Order());
        Assert.Equal(0, await App.QueryAsync(db => db.FeedbackVotes.CountAsync(v => v.FeedbackId == duplicate)));
        var followers = await App.QueryAsync(db => db.FeedbackFollowers.Where(f => f.FeedbackId == target).Select(f => f.MemberId).ToListAsync());
        Assert.Contains(site.Outsider.Id, followers);
        Assert.Contains(site.Voter.Id, followers);
        var redirect = await App.CreateNonRedirectingClient().GetAsync($"/mitgestalten/{duplicate}");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal($"/mitgestalten/{target}", redirect.Headers.Location!.ToString());
        Assert.Contains("Stimmen: 2", await App.CreateClient().GetStringAsync($"/mitgestalten/{target}"), StringComparison.Ordinal);

        // The duplicate's sender sees it on the dashboard as merged, linked to the target, with the target's votes.
        var dashboard = new HtmlParser().ParseDocument(await voterClient.GetStringAsync("/betrieb"));
        var row = dashboard.QuerySelectorAll("section[aria-labelledby='mein-feedback'] tbody tr")
            .Single(r => r.TextContent.Contains("Duplikat der Zusammenführung", StringComparison.Ordinal));
        Assert.Equal($"/mitgestalten/{target}", row.QuerySelector("a")?.GetAttribute("href"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Zusammengeführt", cells[0]);
        Assert.Equal("2", cells[1]);
    }

    [Fact]
    public async Task Unsubscribe_OneClickPostFromMailClient_OptsOutOfThatKindOnly()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Abbestellen-Test");
        var receipt = await App.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.DeduplicationKey == $"{FeedbackMails.ReceiptKind}:{id}:{site.Sender.Id}"));
        var url = new Uri(receipt.UnsubscribeUrl!).PathAndQuery;
        var anonymous = App.CreateClient();

        var page = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(0, await App.QueryAsync(db => db.MailOptOuts.CountAsync(o => o.Email == "baecker@example.org")));

        var oneClick = await anonymous.PostAsync(url, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync(url, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))).StatusCode);
        var kinds = await App.QueryAsync(db => db.MailOptOuts.Where(o => o.Email == "baecker@example.org").Select(o => o.Kind).ToListAsync());
        Assert.Equal([FeedbackMails.ReceiptKind], kinds);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync(url[..^3] + "xyz", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task DigestJob_RunTwiceInOneWeek_QueuesOneMailListingOpenFeedback()
    {
        await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Digest-Test");

        for (var run = 0; run < 2; run++)
        {
            await using var scope = App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<FeedbackDigestJob>().ExecuteAsync(CancellationToken.None);
        }

        var digest = Assert.Single(await App.QueryAsync(db => db.OutgoingMails.Where(m => m.Kind == FeedbackMails.DigestKind).ToListAsync()));
        Assert.Equal(FeedbackApp.StaffAddress, digest.Recipient);
        Assert.Contains("Digest-Test", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("2026-W23", digest.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Sender_ShowsOwnFeedbackWithStatus()
    {
        var id = await FeedbackForms.SendValidAsync(await App.CreateClientSignedInAsAsync(site.Sender), site.SenderListing, "Dashboard-Test");

        var html = WebUtility.HtmlDecode(await (await App.CreateClientSignedInAsAsync(site.Sender)).GetStringAsync("/betrieb"));

        Assert.Contains("Mein Feedback", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/mitgestalten/{id}\">Dashboard-Test</a>", html, StringComparison.Ordinal);
        Assert.Equal("Neu", StatusCell(html, "Dashboard-Test"));

        var staff = await App.CreateClientSignedInAsAsync(site.Staff);
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(staff, id, "UnderReview", "Wir sehen uns das an.")).StatusCode);
        var after = WebUtility.HtmlDecode(await (await App.CreateClientSignedInAsAsync(site.Sender)).GetStringAsync("/betrieb"));
        Assert.Equal("Wird geprüft", StatusCell(after, "Dashboard-Test"));
    }

    /// <summary>The status column of the dashboard's row for the feedback titled <paramref name="title"/>.</summary>
    private static string StatusCell(string html, string title) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("section[aria-labelledby='mein-feedback'] tbody tr")
            .Single(r => r.QuerySelector("th")?.TextContent.Trim() == title)
            .QuerySelector("td")!.TextContent.Trim();

    private static async Task<int> SendAsAsync(HttpClient client, int listingId, string title) => await FeedbackForms.SendValidAsync(client, listingId, title);

    private Task<(int Items, int Votes, int Comments, int Changes, int Mails)> CountsAsync() =>
        App.QueryAsync(async db => (
            await db.FeedbackItems.CountAsync(),
            await db.FeedbackVotes.CountAsync(),
            await db.FeedbackComments.CountAsync(),
            await db.FeedbackStatusChanges.CountAsync(),
            await db.OutgoingMails.CountAsync()));

    private string[] MediaFiles()
    {
        var root = Path.Combine(App.Data, "media");
        return Directory.Exists(root) ? [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
    }
}
