using System.Text.Json;
using static HalloBot.IntegrationTests.Api.JsonAssert;

namespace HalloBot.IntegrationTests.Api;

/// <summary>
/// <c>openStatus</c> at the boundaries that residents trust, with the semantics of
/// shared/formats/listings-csv.md: Europe/Berlin, NRW public holidays, spans past midnight,
/// both clock changes of 2026 (29 March, 25 October). <c>nextChange</c> carries the Berlin offset.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenStatusApiTests(ApiTestApp app)
{
    [Theory]
    // Mo-Fr 08:00-18:00; Sa 08:00-13:00; Su,PH off — Thursday 4 June 2026 is Fronleichnam.
    [InlineData("baeckerei-mueller-kirchhellen", "2026-06-03T08:00:00+02:00", true, false, "2026-06-03T18:00:00+02:00")]
    [InlineData("baeckerei-mueller-kirchhellen", "2026-06-03T07:59:59+02:00", false, false, "2026-06-03T08:00:00+02:00")]
    [InlineData("baeckerei-mueller-kirchhellen", "2026-06-03T18:00:00+02:00", false, false, "2026-06-05T08:00:00+02:00")]
    [InlineData("baeckerei-mueller-kirchhellen", "2026-06-03T16:00:00Z", false, false, "2026-06-05T08:00:00+02:00")]
    [InlineData("baeckerei-mueller-kirchhellen", "2026-06-04T10:00:00+02:00", false, false, "2026-06-05T08:00:00+02:00")]
    // Fr-Sa 18:00-02:00: Friday's span runs into Saturday, Saturday's into Sunday.
    [InlineData("nachtbar-eule", "2026-06-06T01:30:00+02:00", true, false, "2026-06-06T02:00:00+02:00")]
    [InlineData("nachtbar-eule", "2026-06-06T02:00:00+02:00", false, false, "2026-06-06T18:00:00+02:00")]
    [InlineData("nachtbar-eule", "2026-06-07T01:59:00+02:00", true, false, "2026-06-07T02:00:00+02:00")]
    // Mo-Su 10:00-20:00; PH off — 1 November (a Sunday), 25 and 26 December; 24 December is a working day.
    [InlineData("kiosk-feiertag", "2026-11-01T12:00:00+01:00", false, false, "2026-11-02T10:00:00+01:00")]
    [InlineData("kiosk-feiertag", "2026-12-25T12:00:00+01:00", false, false, "2026-12-27T10:00:00+01:00")]
    [InlineData("kiosk-feiertag", "2026-12-26T19:00:00+01:00", false, false, "2026-12-27T10:00:00+01:00")]
    [InlineData("kiosk-feiertag", "2026-12-24T12:00:00+01:00", true, false, "2026-12-24T20:00:00+01:00")]
    // Mo-Sa 09:00-19:00; Dec 24 10:00-14:00; PH off — the date rule replaces the weekday rule on the 24th.
    [InlineData("weihnachtsstand", "2026-12-23T18:59:00+01:00", true, false, "2026-12-23T19:00:00+01:00")]
    [InlineData("weihnachtsstand", "2026-12-24T09:30:00+01:00", false, false, "2026-12-24T10:00:00+01:00")]
    [InlineData("weihnachtsstand", "2026-12-24T10:00:00+01:00", true, false, "2026-12-24T14:00:00+01:00")]
    [InlineData("weihnachtsstand", "2026-12-24T14:00:00+01:00", false, false, "2026-12-28T09:00:00+01:00")]
    // Sa 22:00-05:00 across both clock changes: the night is an hour shorter, then an hour longer.
    [InlineData("club-nachtschicht", "2026-03-28T23:00:00+01:00", true, false, "2026-03-29T05:00:00+02:00")]
    [InlineData("club-nachtschicht", "2026-10-24T23:00:00+02:00", true, false, "2026-10-25T05:00:00+01:00")]
    // Su 02:30-04:00: 02:30 does not exist on 29 March (moved to 03:30) and occurs twice on 25 October (the first counts).
    [InlineData("fruehschicht", "2026-03-29T01:00:00+01:00", false, false, "2026-03-29T03:30:00+02:00")]
    [InlineData("fruehschicht", "2026-10-25T00:00:00+02:00", false, false, "2026-10-25T02:30:00+02:00")]
    [InlineData("fruehschicht", "2026-10-25T02:30:00+02:00", true, false, "2026-10-25T04:00:00+01:00")]
    // A comment without a state makes the hours unknown; with "open" they stay open.
    [InlineData("hofladen-termin", "2026-06-03T10:00:00+02:00", false, true, "2026-06-03T17:00:00+02:00")]
    [InlineData("hofladen-offen", "2026-06-03T10:00:00+02:00", true, false, "2026-06-03T17:00:00+02:00")]
    // 24/7 never changes.
    [InlineData("tankstelle-nord", "2026-03-29T02:30:00+02:00", true, false, null)]
    public async Task GetBySlug_At_ReportsStateAndNextChangeInBerlinTime(string slug, string at, bool open, bool unknown, string? nextChange)
    {
        using var client = app.CreateClient();

        var listing = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings/{slug}?at={Uri.EscapeDataString(at)}"));

        var status = listing.GetProperty("openStatus");
        Assert.Equal(
            (open, unknown, nextChange),
            (status.GetProperty("open").GetBoolean(), status.GetProperty("unknown").GetBoolean(), status.GetProperty("nextChange").GetString()));
    }

    [Theory]
    [InlineData("hofladen-termin", "nach Vereinbarung")]
    [InlineData("hofladen-offen", "Hofladen")]
    public async Task GetBySlug_RuleWithComment_ShowsTheComment(string slug, string comment)
    {
        using var client = app.CreateClient();

        var listing = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings/{slug}?at=2026-06-03T10:00:00Z"));

        Assert.Equal(comment, listing.GetProperty("openStatus").GetProperty("comment").GetString());
    }

    [Fact]
    public async Task GetBySlug_NoOpeningHours_OpenStatusIsNull()
    {
        using var client = app.CreateClient();

        var listing = await ReadJsonAsync(await client.GetAsync("/api/v1/listings/zweirad-schmidt?at=2026-06-03T10:00:00Z"));

        Assert.Equal(JsonValueKind.Null, listing.GetProperty("openingHours").ValueKind);
        Assert.Equal(JsonValueKind.Null, listing.GetProperty("openStatus").ValueKind);
    }
}
