using System.Net;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Feedback;

public sealed class FeedbackRateLimitTests
{
    [Fact]
    public async Task Submit_OverPublicFormsLimit_429WithRetryAfterAndNothingWritten()
    {
        await using var app = new FeedbackApp(publicFormsLimit: 2);
        var (listing, _) = await app.SeedBusinessesAsync();
        var client = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("baecker@example.org", false, listing));

        await FeedbackForms.SendValidAsync(client, listing, "Erstes Feedback");
        await FeedbackForms.SendValidAsync(client, listing, "Zweites Feedback");
        var third = await FeedbackForms.SendAsync(client, FeedbackForms.Valid(listing, "Drittes Feedback"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Equal(2, await app.QueryAsync(db => db.FeedbackItems.CountAsync()));
    }

    [Fact]
    public async Task Comment_OverPublicFormsLimit_429AndOnlyCommentsWithinLimitWritten()
    {
        await using var app = new FeedbackApp(publicFormsLimit: 2);
        var (senderListing, otherListing) = await app.SeedBusinessesAsync();
        var sender = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("baecker@example.org", false, senderListing));
        var voter = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("rad@example.org", false, otherListing));
        var id = await FeedbackForms.SendValidAsync(sender, senderListing);
        var listing = otherListing.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = await voter.SubmitAsync($"/mitgestalten/{id}", [new("CommentListingId", listing), new("CommentText", "Erster Kommentar")], "form[action$='/kommentar']");
        var second = await voter.SubmitAsync($"/mitgestalten/{id}", [new("CommentListingId", listing), new("CommentText", "Zweiter Kommentar")], "form[action$='/kommentar']");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
        Assert.Equal(["Erster Kommentar"], await app.QueryAsync(db => db.FeedbackComments.Select(c => c.Text).ToListAsync()));
    }
}
