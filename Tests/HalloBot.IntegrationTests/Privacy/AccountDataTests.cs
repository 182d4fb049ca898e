using System.Data.Common;
using System.Net;
using System.Text.Json;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Feedback;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Media;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Reservations;
using HalloBot.Domain.Reviews;
using HalloBot.Domain.Persistence;
using Hangfire;
using HalloBot.IntegrationTests.Business;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Privacy;

/// <summary>
/// A member's data export holds everything about them and nothing about anyone else; deleting the account leaves none
/// of their personal data in any table (the tables are read from the model, so a new one is covered without a change
/// here), while the businesses and the history of their changes stay.
/// </summary>
public sealed class AccountDataTests
{
    private const string HenrikeEmail = "H.Quastenberg@example.org";
    private const string HenrikeName = "Henrike Quastenberg";
    private const string BodoEmail = "bodo.wendelstein@example.org";
    private const string BodoName = "Bodo Wendelstein";
    private const string InviteeEmail = "ilse.eingeladen@example.org";
    private const string HenrikeReservationName = "Henrike Q.";
    private const string HenrikeReservationPhone = "0170 123";
    private const string HenrikeReservationMessage = "Bitte geschnitten";
    private const string BodosNoteOnHenrikesFeedback = "Rückruf: sie meint Kuchen am Sonntag.";

    [Fact]
    public async Task Download_MemberWithHistory_EverythingAboutThemAndNothingAboutOthers()
    {
        await using var app = await BusinessApp.StartAsync();
        var (henrike, bodo) = await TwoMembersWithHistoryAsync(app);
        var client = await app.CreateClientSignedInAsAsync(henrike);

        var response = await client.GetAsync("/konto/daten");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var account = root.GetProperty("account");
        Assert.Equal(henrike.Id, account.GetProperty("id").GetString());
        Assert.Equal(HenrikeEmail, account.GetProperty("email").GetString());
        Assert.Equal(HenrikeName, account.GetProperty("displayName").GetString());
        Assert.Equal("Bäckerei Anton", Assert.Single(root.GetProperty("memberships").EnumerateArray()).GetProperty("listingName").GetString());
        Assert.Equal("Ich führe das Café seit 2019.", Assert.Single(root.GetProperty("requests").EnumerateArray()).GetProperty("justification").GetString());
        Assert.Contains(root.GetProperty("auditEntries").EnumerateArray(), e => e.GetProperty("newValue").GetString() == "02041 111111");
        Assert.Single(root.GetProperty("invitationsSent").EnumerateArray());
        Assert.Equal("Café Berta", Assert.Single(root.GetProperty("invitationsReceived").EnumerateArray()).GetProperty("listingName").GetString());
        Assert.Equal("laden.jpg", Assert.Single(root.GetProperty("photosUploaded").EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Contains(root.GetProperty("mails").EnumerateArray(), m => m.GetProperty("subject").GetString() == "Für Henrike");
        Assert.Equal("reviews.decision", Assert.Single(root.GetProperty("mailOptOuts").EnumerateArray()).GetProperty("kind").GetString());
        var feedback = root.GetProperty("feedback");
        Assert.Equal("Suche nach Kuchen", Assert.Single(feedback.GetProperty("sent").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal("Bei uns auch, Henrike", Assert.Single(feedback.GetProperty("comments").EnumerateArray()).GetProperty("text").GetString());
        Assert.Single(feedback.GetProperty("votedFor").EnumerateArray());
        Assert.Single(feedback.GetProperty("following").EnumerateArray());
        Assert.Equal("Ist eingeplant.", Assert.Single(feedback.GetProperty("statusChanges").EnumerateArray()).GetProperty("answer").GetString());
        Assert.Equal("Brot im Korb", Assert.Single(root.GetProperty("offerPhotosUploaded").EnumerateArray()).GetProperty("altText").GetString());
        var decision = Assert.Single(root.GetProperty("requestsDecidedAsStaff").EnumerateArray());
        Assert.Equal(("Rejected", "Kein Nachweis beigelegt."), (decision.GetProperty("status").GetString(), decision.GetProperty("decisionReason").GetString()));
        Assert.Equal(HenrikeReservationName, Assert.Single(root.GetProperty("reservations").EnumerateArray()).GetProperty("name").GetString());
        Assert.Contains(root.GetProperty("mails").EnumerateArray(), m => m.GetProperty("subject").GetString() == "Barriere gemeldet");
        // The office's notice of her claim names her address: deleting her account deletes it, so it is hers to see.
        Assert.Contains(root.GetProperty("mails").EnumerateArray(), m => m.GetProperty("text").GetString()!.Contains("Ich führe das Café seit 2019.", StringComparison.Ordinal));
        // Her own notes as staff are hers; the office's notes on her feedback are about her (Art. 15 GDPR has no
        // exception for internal notes), given without the colleague who wrote them (Art. 15(4)).
        Assert.Equal("Notiz", Assert.Single(feedback.GetProperty("staffNotes").EnumerateArray()).GetProperty("text").GetString());
        var noteOnHers = Assert.Single(feedback.GetProperty("notesOnTheirFeedback").EnumerateArray());
        Assert.Equal(BodosNoteOnHenrikesFeedback, noteOnHers.GetProperty("text").GetString());
        Assert.Equal(["feedbackId", "text", "createdAt"], noteOnHers.EnumerateObject().Select(p => p.Name));

        // Every column of every table that holds her id or address has its section in the export, and it is not empty.
        var holding = (await FindInEveryTableAsync(app, [henrike.Id, HenrikeEmail])).Select(f => $"{f.Table}.{f.Column}").Distinct().Order().ToList();
        Assert.Contains("AspNetUsers.Id", holding);
        var unexported = holding.Where(c => !ExportSections.ContainsKey(c)).ToList();
        Assert.True(unexported.Count == 0, "Hold her id or address but have no section in the export (add one, and map it in ExportSections): "
            + string.Join(", ", unexported));
        foreach (var column in holding)
        {
            var section = ExportSections[column];
            Assert.True(Section(root, section) is { } found && (found.ValueKind != JsonValueKind.Array || found.GetArrayLength() > 0),
                $"{column} holds her data, but the export's {section} is empty");
        }

        foreach (var other in new[] { bodo.Id, BodoEmail, BodoName, InviteeEmail, "02041 222222", "Für Bodo", "Fotos drehen", "Bodos Café gehört mir", "Brot von Bodo" })
        {
            Assert.DoesNotContain(other, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// Where the export shows each column that can name a member by id or address. A column missing here fails the
    /// test above once it holds a member's data: the export must then say what it holds.
    /// </summary>
    private static readonly Dictionary<string, string> ExportSections = new(StringComparer.Ordinal)
    {
        ["AspNetUsers.Id"] = "account",
        ["AspNetUsers.Email"] = "account",
        ["AspNetUsers.NormalizedEmail"] = "account",
        ["AspNetUsers.UserName"] = "account",
        ["AspNetUsers.NormalizedUserName"] = "account",
        ["AspNetUserRoles.UserId"] = "account.roles",
        ["AspNetUserClaims.UserId"] = "account.claims",
        ["AspNetUserLogins.UserId"] = "account.externalLogins",
        ["AspNetUserTokens.UserId"] = "account.storedTokens",
        ["ListingMemberships.MemberId"] = "memberships",
        ["ListingRequests.MemberId"] = "requests",
        ["ListingRequests.DecidedByMemberId"] = "requestsDecidedAsStaff",
        ["MembershipInvitations.InvitedByMemberId"] = "invitationsSent",
        ["MembershipInvitations.Email"] = "invitationsReceived",
        ["MembershipInvitations.AcceptedByMemberId"] = "invitationsReceived",
        ["ListingChanges.ActorMemberId"] = "auditEntries",
        ["ListingPhotos.UploadedByMemberId"] = "photosUploaded",
        ["OutgoingMails.Recipient"] = "mails",
        ["OutgoingMails.ReplyTo"] = "mails",
        ["OutgoingMails.TextBody"] = "mails",
        ["OutgoingMails.HtmlBody"] = "mails",
        ["MailOptOuts.Email"] = "mailOptOuts",
        ["FeedbackItems.SenderMemberId"] = "feedback.sent",
        ["FeedbackComments.MemberId"] = "feedback.comments",
        ["FeedbackVotes.MemberId"] = "feedback.votedFor",
        ["FeedbackFollowers.MemberId"] = "feedback.following",
        ["FeedbackNotes.AuthorMemberId"] = "feedback.staffNotes",
        ["FeedbackStatusChanges.StaffMemberId"] = "feedback.statusChanges",
        ["OfferPhotos.UploadedByMemberId"] = "offerPhotosUploaded",
        ["Reservations.Email"] = "reservations",
    };

    private static JsonElement? Section(JsonElement root, string path)
    {
        var element = root;
        foreach (var name in path.Split('.'))
        {
            if (!element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    [Fact]
    public async Task Download_Anonymous_SentToSignIn()
    {
        await using var app = await BusinessApp.StartAsync();

        var response = await app.CreateCookieClient().GetAsync("/konto/daten");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/konto/anmelden", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WithPassword_NoTableHoldsTheirAddressNameOrIdAndBusinessesStay()
    {
        await using var app = await BusinessApp.StartAsync();
        var (henrike, bodo) = await TwoMembersWithHistoryAsync(app);
        var client = await app.CreateClientSignedInAsAsync(henrike);

        var response = await client.SubmitAsync("/konto/loeschen", [KeyValuePair.Create("CurrentPassword", TestAccounts.Password)], "main form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/geloescht", response.Headers.Location?.OriginalString);
        // Her reservation's name, phone and message too: reservations hold what she typed, not her account's name.
        string[] hers = [henrike.Id, HenrikeEmail, HenrikeName, HenrikeReservationName, HenrikeReservationPhone, HenrikeReservationMessage];
        var found = await FindInEveryTableAsync(app, hers);
        Assert.True(found.Count == 0, "Still stored: " + string.Join("; ", found));
        var inJobs = FindInJobs(app, hers);
        Assert.True(inJobs.Count == 0, "Still in the job storage: " + string.Join("; ", inJobs));
        // What is not theirs stays: the businesses, the other member, and the changes Henrike made, now without her name.
        Assert.NotEmpty(await FindInEveryTableAsync(app, [bodo.Id, BodoEmail, BodoName]));
        Assert.Equal(2, await app.QueryAsync(db => db.Listings.CountAsync()));
        var change = await app.QueryAsync(db => db.ListingChanges.AsNoTracking().SingleAsync(c => c.NewValue == "02041 111111"));
        Assert.Equal(("Gelöschtes Konto", (string?)null), (change.ActorName, change.ActorMemberId));
        // Her feedback and her business's vote stay with the business; so do her photos and decisions, without her.
        Assert.Equal(2, await app.QueryAsync(db => db.FeedbackItems.CountAsync()));
        Assert.Equal(2, await app.QueryAsync(db => db.FeedbackVotes.CountAsync()));
        Assert.Equal(2, await app.QueryAsync(db => db.OfferPhotos.CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.FeedbackStatusChanges.CountAsync()));
        Assert.Equal(ListingRequestStatus.Rejected, (await app.QueryAsync(db => db.ListingRequests.AsNoTracking().SingleAsync(r => r.Justification == "Bodos Café gehört mir"))).Status);
        Assert.Equal(1, await app.QueryAsync(db => db.Reservations.CountAsync(r => r.PersonalDataErasedAt != null)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/konto")).StatusCode);
    }

    [Fact]
    public async Task Delete_WrongPassword_ErrorAndNothingDeleted()
    {
        await using var app = await BusinessApp.StartAsync();
        var (henrike, _) = await TwoMembersWithHistoryAsync(app);
        var client = await app.CreateClientSignedInAsAsync(henrike);

        var response = await client.SubmitAsync("/konto/loeschen", [KeyValuePair.Create("CurrentPassword", "nicht mein Passwort")], "main form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(FormPage.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#CurrentPassword-fehler"));
        Assert.True(await app.QueryAsync(db => db.Users.AnyAsync(u => u.Id == henrike.Id)));
        Assert.True(await app.QueryAsync(db => db.ListingChanges.AnyAsync(c => c.ActorMemberId == henrike.Id)));
    }

    /// <summary>
    /// Henrike keeps Bäckerei Anton with Bodo. Each edits it; Henrike claims Café Berta (the office is told), invites a
    /// colleague, is invited by Bodo to Café Berta, uploads a listing photo and an offer photo, has a mail, an opt-out, a
    /// barrier report answering to her and a (closed) reservation with her address. As staff she rejects a request of
    /// Bodo's and moves his feedback on. Bodo has a mail and an offer photo of his own.
    /// </summary>
    private static async Task<(Member Henrike, Member Bodo)> TwoMembersWithHistoryAsync(BusinessApp app)
    {
        var henrike = await app.CreateMemberAsync(HenrikeEmail, false, app.ListingA);
        var bodo = await app.CreateMemberAsync(BodoEmail, false, app.ListingA, app.ListingB);
        await app.SeedAsync(async db =>
        {
            foreach (var (member, name) in new[] { (henrike, HenrikeName), (bodo, BodoName) })
            {
                (await db.Users.SingleAsync(u => u.Id == member.Id)).DisplayName = name;
            }
        });

        var henrikeClient = await app.CreateClientSignedInAsAsync(henrike);
        var bodoClient = await app.CreateClientSignedInAsAsync(bodo);
        await EditPhoneAsync(henrikeClient, app.ListingA, "02041 111111");
        await EditPhoneAsync(bodoClient, app.ListingA, "02041 222222");
        var claim = await henrikeClient.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", "Ich führe das Café seit 2019.")], "form.form");
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);

        var now = HalloBotAppFactory.DefaultNow.UtcDateTime;
        await app.SeedAsync(db =>
        {
            db.MembershipInvitations.Add(new MembershipInvitation(app.ListingA, InviteeEmail, "hash-1", henrike.Id, now));
            db.MembershipInvitations.Add(new MembershipInvitation(app.ListingB, HenrikeEmail.ToLowerInvariant(), "hash-2", bodo.Id, now));
            db.ListingPhotos.Add(new ListingPhoto(app.ListingA, "0123456789abcdef0123456789abcdef", "laden.jpg", 1234, "Der Laden", 0, henrike.Id, now));
            db.OutgoingMails.Add(new OutgoingMail("test:henrike", "test", HenrikeEmail, "de", "Für Henrike", $"Hallo {HenrikeName}", null, now));
            db.OutgoingMails.Add(new OutgoingMail("test:bodo", "test", BodoEmail, "de", "Für Bodo", $"Hallo {BodoName}", null, now));
            db.MailOptOuts.Add(new MailOptOut(HenrikeEmail.ToLowerInvariant(), "reviews.decision", now));
            return Task.CompletedTask;
        });
        await app.SeedAsync(async db =>
        {
            var henrikes = new FeedbackItem(FeedbackKind.Idea, FeedbackArea.Search, "Suche nach Kuchen", "Bitte Kuchen finden.", app.ListingA, henrike.Id, true, now);
            var bodos = new FeedbackItem(FeedbackKind.Problem, FeedbackArea.Other, "Fotos drehen", "Hochkant-Fotos liegen quer.", app.ListingB, bodo.Id, true, now);
            db.FeedbackItems.AddRange(henrikes, bodos);
            await db.SaveChangesAsync();
            db.FeedbackComments.Add(new FeedbackComment(bodos.Id, app.ListingA, henrike.Id, "Bei uns auch, Henrike", now));
            db.FeedbackFollowers.Add(new FeedbackFollower(bodos.Id, henrike.Id, now));
            db.FeedbackVotes.Add(new FeedbackVote(bodos.Id, app.ListingA, henrike.Id, now));
            db.FeedbackVotes.Add(new FeedbackVote(henrikes.Id, app.ListingB, bodo.Id, now));
            db.FeedbackNotes.Add(new FeedbackNote(henrikes.Id, henrike.Id, HenrikeName, "Notiz", now));
            db.FeedbackNotes.Add(new FeedbackNote(henrikes.Id, bodo.Id, BodoName, BodosNoteOnHenrikesFeedback, now));
            db.FeedbackStatusChanges.Add(bodos.ChangeStatus(FeedbackStatus.Planned, "Ist eingeplant.", henrike.Id, HenrikeName, now));
        });
        await app.SeedAsync(async db =>
        {
            var offer = new Offer(app.ListingA, "Roggenbrot", OfferPrice.OnRequest, DateOnly.FromDateTime(now), now) { IsReservable = true };
            var listingB = await db.Listings.SingleAsync(l => l.Id == app.ListingB);
            var request = new ListingRequest(ListingRequestKind.Claim, listingB, bodo.Id, "Bodos Café gehört mir", now);
            request.Reject(henrike.Id, "Kein Nachweis beigelegt.", now);
            db.AddRange(offer, request);
            await db.SaveChangesAsync();
            db.OfferPhotos.Add(new OfferPhoto(offer.Id, "fedcba9876543210fedcba9876543210", 2345, "Brot im Korb", 0, henrike.Id, now));
            db.OfferPhotos.Add(new OfferPhoto(offer.Id, "00112233445566778899aabbccddeeff", 2345, "Brot von Bodo", 1, bodo.Id, now));
            var reservation = new Reservation(
                new ReservationRequest(HenrikeReservationName, HenrikeEmail, HenrikeReservationPhone, 1, DateOnly.FromDateTime(now).AddDays(3), HenrikeReservationMessage, "de"),
                offer.Id, offer.Title, app.ListingA, 2, new string('a', Reservation.TokenHashLength), "protected-link-of-henrike", now);
            reservation.Cancel(now);
            db.Reservations.Add(reservation);
            db.OutgoingMails.Add(new OutgoingMail("barrier-report:1", "barrier-report", "buergerbuero@example.org", "de", "Barriere gemeldet", "Der Knopf ist zu klein.", null, now)
            {
                ReplyTo = HenrikeEmail,
            });
        });
        return (henrike, bodo);
    }

    private static async Task EditPhoneAsync(HttpClient client, int listingId, string phone)
    {
        var response = await FormPage.PostAsync(client, BusinessApp.EditPath(listingId), "form.form", new Dictionary<string, string[]> { ["Phone"] = [phone] });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>
    /// Every table of the database file (the model's and any other, such as EF's history), every column, searched for
    /// each needle (case-insensitive).
    /// </summary>
    private static async Task<List<Find>> FindInEveryTableAsync(BusinessApp app, IReadOnlyList<string> needles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var names = await list.ExecuteReaderAsync();
            while (await names.ReadAsync())
            {
                tables.Add(names.GetString(0));
            }
        }

        var modelTables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        Assert.Empty(modelTables.Except(tables));
        Assert.Contains("AspNetUsers", tables);
        var found = new List<Find>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var value = reader.IsDBNull(column) ? "" : Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    found.AddRange(needles.Where(n => value.Contains(n, StringComparison.OrdinalIgnoreCase))
                        .Select(_ => new Find(table, reader.GetName(column), value)));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Every job Hangfire's storage still knows (with SQLite it keeps them in memory; with SQL Server in the same
    /// database, where the scan above would find them): arguments, properties and the data of each state.
    /// </summary>
    private static List<string> FindInJobs(BusinessApp app, IReadOnlyList<string> needles)
    {
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var ids = monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, int.MaxValue).Select(j => j.Key))
            .Concat(monitoring.ScheduledJobs(0, int.MaxValue).Select(j => j.Key))
            .Concat(monitoring.ProcessingJobs(0, int.MaxValue).Select(j => j.Key))
            .Concat(monitoring.SucceededJobs(0, int.MaxValue).Select(j => j.Key))
            .Concat(monitoring.FailedJobs(0, int.MaxValue).Select(j => j.Key))
            .Concat(monitoring.DeletedJobs(0, int.MaxValue).Select(j => j.Key))
            .Distinct()
            .ToList();
        Assert.NotEmpty(ids);
        var found = new List<string>();
        foreach (var id in ids)
        {
            var details = monitoring.JobDetails(id);
            var texts = (details?.Job?.Args ?? []).Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "")
                .Concat(details?.Properties?.Values ?? [])
                .Concat((details?.History ?? []).SelectMany(h => h.Data?.Values ?? []));
            found.AddRange(texts.Where(t => needles.Any(n => t.Contains(n, StringComparison.OrdinalIgnoreCase))).Select(t => $"job {id}: {t}"));
        }

        return found;
    }

    private sealed record Find(string Table, string Column, string Value)
    {
        public override string ToString() => $"{Table}.{Column} = {Value}";
    }
}
