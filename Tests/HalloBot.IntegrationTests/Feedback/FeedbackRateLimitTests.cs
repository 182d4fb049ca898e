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
}
