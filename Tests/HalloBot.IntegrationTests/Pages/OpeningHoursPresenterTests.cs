using System.Globalization;
using HalloBot.Domain.OpeningHours;
using HalloBot.Web.Features.Listings;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Pages;

/// <summary>The words of the status line and the week table, with the site's own texts and calendar.</summary>
[Collection(PagesCollection.Name)]
public sealed class OpeningHoursPresenterTests(PagesSite site)
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    [Theory]
    [InlineData("Mo-Fr 08:00-18:00", 2026, 11, 25, 10, 0, "Jetzt geöffnet · schließt um 18:00")]
    [InlineData("Mo-Fr 08:00-18:00", 2026, 11, 25, 18, 0, "Geschlossen · öffnet Do 08:00")]
    [InlineData("Fr-Sa 18:00-02:00", 2026, 11, 27, 23, 0, "Jetzt geöffnet · schließt Sa 02:00")]
    [InlineData("Jun-Aug Mo-Fr 10:00-19:00", 2026, 11, 25, 10, 0, "Geschlossen · öffnet am 01.06.2027 um 10:00")]
    [InlineData("Mo-Fr 09:00-17:00 \"nach Vereinbarung\"", 2026, 11, 25, 10, 0, "Öffnungszeiten unbekannt (nach Vereinbarung) · schließt um 17:00")]
    [InlineData("Mo-Fr 09:00-17:00 \"nach Vereinbarung\"", 2026, 11, 25, 8, 0, "Geschlossen")]
    [InlineData("24/7", 2026, 11, 25, 10, 0, "Jetzt geöffnet")]
    public void StatusLine_AtInstant_SaysStateAndNextChange(string hours, int year, int month, int day, int hour, int minute, string expected)
    {
        var now = new DateTimeOffset(year, month, day, hour, minute, 0, month is > 3 and < 11 ? Summer : Winter);

        var line = InGerman(presenter =>
        {
            var schedule = OpeningHoursSchedule.Parse(hours);
            return presenter.StatusLine(schedule, schedule.StatusAt(now, OpeningHoursCalendar.Bottrop), now);
        });

        Assert.Equal(expected, line);
    }

    [Fact]
    public void Week_WithChristmas_MarksPublicHolidaysAndTheirHours()
    {
        var now = new DateTimeOffset(2026, 12, 23, 12, 0, 0, Winter);

        var week = InGerman(presenter => presenter.Week(presenter.Days(OpeningHoursSchedule.Parse("Mo-Fr 08:00-18:00; PH off"), now).ThisWeek, now));

        Assert.Equal(["21.12.", "22.12.", "23.12.", "24.12.", "25.12.", "26.12.", "27.12."], week.Select(d => d.Date));
        Assert.Equal([false, false, false, false, true, true, false], week.Select(d => d.IsPublicHoliday));
        Assert.Equal("Mittwoch", Assert.Single(week, d => d.IsToday).DayName);
        Assert.Equal("08:00–18:00", Assert.Single(week[3].Spans).Time);
        Assert.Equal("geschlossen", Assert.Single(week[4].Spans).Time);
    }

    [Fact]
    public void Week_SpanWithComment_KeepsTheCommentAsNote()
    {
        var week = InGerman(presenter => presenter.Week(presenter.Days(OpeningHoursSchedule.Parse("Sa 10:00-14:00 open \"Hofladen\""), PagesSite.Now).ThisWeek, PagesSite.Now));

        var saturday = Assert.Single(week[5].Spans);
        Assert.Equal(new WeekSpan("10:00–14:00", "Hofladen"), saturday);
    }

    [Fact]
    public void Badge_UnknownWithComment_ShowsTheComment()
    {
        var badge = InGerman(presenter => presenter.Badge(new OpenStatus(OpenState.Unknown, "nach Vereinbarung", null)));

        Assert.Equal("nach Vereinbarung", badge);
    }

    private T InGerman<T>(Func<OpeningHoursPresenter, T> use)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            return use(site.Services.GetRequiredService<OpeningHoursPresenter>());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
