using System.Net;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Reviews;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Business;

public sealed class NewListingTests
{
    [Fact]
    public async Task Create_ValidForm_InReviewNotPublicUntilApproved()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("carla@example.org");
        var client = await app.CreateClientSignedInAsAsync(member);

        var response = await FormPage.PostAsync(client, "/betrieb/neu", "form.form", new Dictionary<string, string[]>
        {
            ["Name"] = ["Fahrrad Carla"],
            ["Categories"] = [app.Cafe.ToString()],
            ["Street"] = ["Gladbecker Straße 5"],
            ["PostalCode"] = ["46236"],
            ["DistrictId"] = [app.Kirchhellen.ToString()],
            ["Hours.Source"] = ["text"],
            ["Hours.Text"] = ["Tu-Fr 10:00-18:00"],
            ["justification"] = ["Neu eröffnet am 1. Juni."],
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var listing = await app.QueryAsync(db => db.Listings.AsNoTracking().Include(l => l.District).SingleAsync(l => l.Name == "Fahrrad Carla"));
        Assert.Equal($"/betrieb/{listing.Id}/bearbeiten?neu=true", response.Headers.Location!.OriginalString);
        Assert.Equal(ListingStatus.InReview, listing.Status);
        Assert.Equal("fahrrad-carla", listing.Slug);
        Assert.Equal("Bottrop", listing.Address.City);
        Assert.Equal("Kirchhellen", listing.District!.Name);
        Assert.True(await app.QueryAsync(db => db.ListingMemberships.AnyAsync(m => m.ListingId == listing.Id && m.MemberId == member.Id)));
        var request = await app.QueryAsync(db => db.ListingRequests.AsNoTracking().SingleAsync());
        Assert.Equal((ListingRequestKind.NewListing, ListingRequestStatus.Pending, "Neu eröffnet am 1. Juni."), (request.Kind, request.Status, request.Justification));
        Assert.Single(await app.MailsToAsync("wirtschaftsfoerderung@bottrop.example"));
        var anonymous = app.CreateNonRedirectingClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/b/fahrrad-carla")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/listings/fahrrad-carla")).StatusCode);
        Assert.Contains("In Prüfung", await client.GetStringAsync("/betrieb"), StringComparison.Ordinal);

        var staffClient = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("amt@example.org", staff: true));
        await staffClient.SubmitAsync("/verwaltung/pruefung", [], $"form[action='/verwaltung/pruefung/{request.Id}/annehmen']");

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/b/fahrrad-carla")).StatusCode);
        var mail = Assert.Single(await app.MailsToAsync("carla@example.org"));
        Assert.Contains("http://localhost/b/fahrrad-carla", mail.TextBody, StringComparison.Ordinal);
        var statusChange = await app.QueryAsync(db => db.ListingChanges.AsNoTracking().SingleAsync(c => c.ListingId == listing.Id && c.Field == "status" && c.ByStaff));
        Assert.Equal(("InReview", "Published"), (statusChange.OldValue, statusChange.NewValue));
    }

    [Fact]
    public async Task Create_Rejected_StaysPrivateAsDraft()
    {
        await using var app = await BusinessApp.StartAsync();
        var client = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("carla@example.org"));
        await FormPage.PostAsync(client, "/betrieb/neu", "form.form", new Dictionary<string, string[]>
        {
            ["Name"] = ["Fahrrad Carla"],
            ["Categories"] = [app.Cafe.ToString()],
            ["Street"] = ["Gladbecker Straße 5"],
            ["PostalCode"] = ["46236"],
        });
        var staffClient = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("amt@example.org", staff: true));
        var requestId = await app.QueryAsync(db => db.ListingRequests.Select(r => r.Id).SingleAsync());

        await staffClient.SubmitAsync("/verwaltung/pruefung", [KeyValuePair.Create("reason", "Kein Betrieb in Bottrop.")], $"form[action='/verwaltung/pruefung/{requestId}/ablehnen']");

        Assert.Equal(ListingStatus.Draft, await app.QueryAsync(db => db.Listings.Where(l => l.Name == "Fahrrad Carla").Select(l => l.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateNonRedirectingClient().GetAsync("/b/fahrrad-carla")).StatusCode);
    }

    [Fact]
    public async Task Create_InvalidForm_ErrorsAndNothingSaved()
    {
        await using var app = await BusinessApp.StartAsync();
        var client = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("carla@example.org"));

        var response = await FormPage.PostAsync(client, "/betrieb/neu", "form.form", new Dictionary<string, string[]>
        {
            ["Name"] = ["Fahrrad Carla"],
            ["PostalCode"] = ["Bottrop"],
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("„Bottrop“ ist keine fünfstellige Postleitzahl", page.QuerySelector("#PostalCode-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ein Wert ist nötig", page.QuerySelector("#Categories-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ein Wert ist nötig", page.QuerySelector("#Street-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.QueryAsync(db => db.Listings.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.ListingRequests.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.OutgoingMails.CountAsync()));
    }
}
