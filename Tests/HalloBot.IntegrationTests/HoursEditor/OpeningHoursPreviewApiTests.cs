using System.Net;
using System.Text.Json;
using HalloBot.IntegrationTests.Infrastructure;
using static HalloBot.IntegrationTests.Api.JsonAssert;

namespace HalloBot.IntegrationTests.HoursEditor;

/// <summary>GET /api/v1/opening-hours/preview, with the clock on Monday 1 June 2026 (Thursday 4 June is Corpus Christi in NRW).</summary>
public sealed class OpeningHoursPreviewApiTests(HalloBotAppFactory app) : IClassFixture<HalloBotAppFactory>
{
    private static string Url(string value, string? week = null) =>
        "/api/v1/opening-hours/preview?value=" + Uri.EscapeDataString(value) + (week is null ? "" : "&week=" + week);

    [Fact]
    public async Task Preview_ValidValue_NormalizesAndShowsThisWeekWithTheHoliday()
    {
        using var client = app.CreateClient();

        var json = await ReadJsonAsync(await client.GetAsync(Url("mo-fr 7:00-18:00;sa 07:00 - 13:00; PH off")));

        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Empty(json.GetProperty("errors").EnumerateArray());
        Assert.Equal("Mo-Fr 07:00-18:00; Sa 07:00-13:00; PH off", json.GetProperty("normalized").GetString());
        Assert.True(json.GetProperty("editable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("expertOnly").ValueKind);
        var week = json.GetProperty("week").EnumerateArray().ToList();
        Assert.Equal(["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05", "2026-06-06", "2026-06-07"],
            week.Select(d => d.GetProperty("date").GetString()));
        Assert.True(week[0].GetProperty("isToday").GetBoolean());
        Assert.Equal("Montag", week[0].GetProperty("dayName").GetString());
        Assert.Equal("07:00–18:00", Times(week[0]));
        Assert.True(week[3].GetProperty("isPublicHoliday").GetBoolean());
        Assert.Equal("geschlossen", Times(week[3]));
        Assert.Equal("07:00–13:00", Times(week[5]));
        Assert.Equal("geschlossen", Times(week[6]));
    }

    [Fact]
    public async Task Preview_WeekGiven_ShowsTheWeekContainingIt()
    {
        using var client = app.CreateClient();

        var json = await ReadJsonAsync(await client.GetAsync(Url("Mo-Sa 08:00-18:00; Dec 24 08:00-12:00; Dec 25-26 off", "2026-12-24")));

        var week = json.GetProperty("week").EnumerateArray().ToList();
        Assert.Equal("2026-12-21", week[0].GetProperty("date").GetString());
        Assert.Equal("08:00–12:00", Times(week[3]));
        Assert.Equal("geschlossen", Times(week[4]));
    }

    [Fact]
    public async Task Preview_InvalidValue_SaysWhereAndWhat()
    {
        using var client = app.CreateClient();

        var json = await ReadJsonAsync(await client.GetAsync(Url("Mo-Fr 08:00-18:00; Sa 25:00-26:00")));

        Assert.False(json.GetProperty("valid").GetBoolean());
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(22, error.GetProperty("position").GetInt32());
        Assert.Equal("Stunden 00–23 erwartet", error.GetProperty("message").GetString());
        Assert.Equal("Zeichen 23: Stunden 00–23 erwartet", error.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("normalized").ValueKind);
        Assert.Empty(json.GetProperty("week").EnumerateArray());
    }

    [Fact]
    public async Task Preview_ValueWithComment_ValidButOnlyAsText()
    {
        using var client = app.CreateClient();

        var json = await ReadJsonAsync(await client.GetAsync(Url("Mo-Fr 09:00-17:00 \"nach Vereinbarung\"")));

        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.False(json.GetProperty("editable").GetBoolean());
        Assert.Equal("comment", json.GetProperty("expertOnly").GetProperty("reason").GetString());
        Assert.Contains("Kommentar", json.GetProperty("expertOnly").GetProperty("message").GetString(), StringComparison.Ordinal);
        var monday = json.GetProperty("week")[0];
        Assert.Equal("09:00–17:00", Times(monday));
        Assert.Equal("nach Vereinbarung", monday.GetProperty("spans")[0].GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("/api/v1/opening-hours/preview", "value")]
    [InlineData("/api/v1/opening-hours/preview?value=", "value")]
    [InlineData("/api/v1/opening-hours/preview?value=Mo%2008:00-12:00&week=morgen", "week")]
    [InlineData("/api/v1/opening-hours/preview?value=Mo%2008:00-12:00&week=2026-02-30", "week")]
    public async Task Preview_BadParameter_Returns400ProblemNamingIt(string url, string parameter)
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(await client.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Equal([parameter], PropertyNames(problem.GetProperty("errors")));
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ValueLongerThanTheListingField_Returns400Problem()
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(await client.GetAsync(Url(string.Join("; ", Enumerable.Repeat("Mo 08:00-12:00", 80)))), HttpStatusCode.BadRequest);

        Assert.Equal(["value"], PropertyNames(problem.GetProperty("errors")));
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("%ED%A0%80")]
    [InlineData("%22%22%22")]
    [InlineData("Mo-Fr%2008:00-18:00%3B%3B%3B")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Preview_HostileValue_AnswersWithoutServerError(string encoded)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/v1/opening-hours/preview?value=" + encoded);

        Assert.True((int)response.StatusCode < 500, $"{encoded} gave {(int)response.StatusCode}");
    }

    private static string Times(JsonElement day) =>
        string.Join(", ", day.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("time").GetString()));
}
