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

    [Fact]
    public async Task Vote_OverPublicFormsLimit_429WithRetryAfterAndNoVote()
    {
        await using var app = new FeedbackApp(publicFormsLimit: 1);
        var (senderListing, otherListing) = await app.SeedBusinessesAsync();
        var sender = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("baecker@example.org", false, senderListing));
        var voter = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("rad@example.org", false, otherListing));
        var id = await FeedbackForms.SendValidAsync(sender, senderListing);

        var vote = await FeedbackForms.VoteAsync(voter, id, otherListing);

        Assert.Equal(HttpStatusCode.TooManyRequests, vote.StatusCode);
        Assert.NotNull(vote.Headers.RetryAfter);
        Assert.Equal(0, await app.QueryAsync(db => db.FeedbackVotes.CountAsync()));
    }

    [Fact]
    public async Task Follow_OverPublicFormsLimit_429WithRetryAfterAndNotFollowing()
    {
        await using var app = new FeedbackApp(publicFormsLimit: 1);
        var (senderListing, otherListing) = await app.SeedBusinessesAsync();
        var sender = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("baecker@example.org", false, senderListing));
        var member = await app.CreateMemberAsync("rad@example.org", false, otherListing);
        var follower = await app.CreateClientSignedInAsAsync(member);
        var id = await FeedbackForms.SendValidAsync(sender, senderListing);

        var follow = await follower.SubmitAsync($"/mitgestalten/{id}", [], "form[action$='/folgen']");

        Assert.Equal(HttpStatusCode.TooManyRequests, follow.StatusCode);
        Assert.NotNull(follow.Headers.RetryAfter);
        Assert.False(await app.QueryAsync(db => db.FeedbackFollowers.AnyAsync(f => f.MemberId == member.Id)), "the member does not follow");
    }
}
