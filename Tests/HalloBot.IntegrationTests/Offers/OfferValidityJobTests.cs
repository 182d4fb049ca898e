using HalloBot.Domain.Offers;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.Jobs.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Offers;

/// <summary>
/// An offer that starts or ends at midnight changes search with nobody saving anything: the daily job brings the shop's
/// document in line. The site's clock is moved; the job is run as Hangfire would run it.
/// </summary>
public sealed class OfferValidityJobTests
{
    private const string Word = "spargelcremesuppe";

    [Fact]
    public async Task Execute_OfferStartsAndLaterEnds_SearchFindsTheShopOnlyWhileItRuns()
    {
        await using var app = new OfferApp();
        await app.InitializeAsync();
        await app.SeedAsync(db =>
        {
            db.Offers.Add(new Offer(app.ListingB, "Spargelcremesuppe im Glas", OfferPrice.Fixed(590), new DateOnly(2026, 6, 2), OfferApp.DefaultNow.UtcDateTime)
            {
                ValidTo = new DateOnly(2026, 6, 3),
            });
            return Task.CompletedTask;
        });
        await Eventually.HoldsAsync(() => app.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.ProcessedAt != null)), "the saved offer is indexed");
        Assert.False(await FindsShopBAsync(app), "not before its first day");

        // Tuesday 2 June, 00:05 in Bottrop: the offer's first day. Without the job, search does not know yet.
        SetLocal(app, new DateTime(2026, 6, 2, 0, 5, 0));
        Assert.False(await FindsShopBAsync(app), "nothing reindexed it yet");
        await RunAsync(app);
        await Eventually.HoldsAsync(() => FindsShopBAsync(app), "the job indexed the offer's words on its first day");

        // Thursday 4 June, 00:05: the day after its last day.
        SetLocal(app, new DateTime(2026, 6, 4, 0, 5, 0));
        await RunAsync(app);
        await Eventually.HoldsAsync(async () => !await FindsShopBAsync(app), "the job removed the offer's words after its last day");
    }

    private static void SetLocal(OfferApp app, DateTime local) =>
        app.Clock.AdjustTime(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")), TimeSpan.Zero));

    private static async Task RunAsync(OfferApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OfferValidityJob>().ExecuteAsync(CancellationToken.None);
    }

    private static async Task<bool> FindsShopBAsync(OfferApp app)
    {
        using var client = app.CreateClient();
        return (await client.GetStringAsync($"/suche?q={Word}")).Contains("/b/hofladen-b\"", StringComparison.Ordinal);
    }
}
