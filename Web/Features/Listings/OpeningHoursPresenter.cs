using System.Globalization;
using HalloBot.Domain.OpeningHours;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Listings;

/// <summary>Opening hours in words: the status line ("Jetzt geöffnet · schließt um 18:00"), badges and the week table.</summary>
public sealed class OpeningHoursPresenter(IStringLocalizer<SharedResource> t, OpeningHoursCalendar calendar)
{
    public string Badge(OpenStatus status) => status.State switch
    {
        OpenState.Open => t["Status.Open"],
        OpenState.Closed => t["Status.Closed"],
        _ => status.Comment ?? t["Status.Unknown"],
    };

    /// <summary>
    /// The state now with the next change: a time today, a weekday and time within the week, else a date.
    /// "öffnet" only when the next state really is open (it might be "unknown", e.g. by arrangement).
    /// </summary>
    public string StatusLine(OpeningHoursSchedule schedule, OpenStatus status, DateTimeOffset now)
    {
        var state = status.State switch
        {
            OpenState.Open => t["Status.Open"].Value,
            OpenState.Closed => t["Status.Closed"].Value,
            _ => t["Status.Unknown"].Value,
        };
        if (!string.IsNullOrWhiteSpace(status.Comment))
        {
            state = $"{state} ({status.Comment})";
        }

        if (status.NextChange is not { } next)
        {
            return state;
        }

        var nextState = schedule.StatusAt(next, calendar).State;
        var when = When(next, now);
        string? change = nextState == OpenState.Open ? t["Status.Opens", when].Value
            : status.State != OpenState.Closed ? t["Status.Closes", when].Value
            : null;
        return change is null ? state : $"{state} · {change}";
    }

    /// <summary>This week's days from Monday (for the table) and the seven days from today (for search engines), in one pass.</summary>
    public (IReadOnlyList<DayHours> ThisWeek, IReadOnlyList<DayHours> Coming) Days(OpeningHoursSchedule schedule, DateTimeOffset now)
    {
        var today = Today(now);
        var sinceMonday = ((int)today.DayOfWeek + 6) % 7;
        var days = schedule.Days(today.AddDays(-sinceMonday), sinceMonday + 7, calendar);
        return (days.Take(7).ToList(), days.Skip(sinceMonday).ToList());
    }

    public IReadOnlyList<WeekDayRow> Week(IReadOnlyList<DayHours> week, DateTimeOffset now)
    {
        var today = Today(now);
        var culture = CultureInfo.CurrentCulture;
        var dateFormat = t["Hours.DateFormat"];
        var format = dateFormat.ResourceNotFound ? "d" : dateFormat.Value;
        return week
            .Select(day => new WeekDayRow(
                culture.DateTimeFormat.GetDayName(day.Date.DayOfWeek),
                day.Date.ToString(format, culture),
                day.Date == today,
                day.IsPublicHoliday,
                Spans(day)))
            .ToList();
    }

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);

    private List<WeekSpan> Spans(DayHours day)
    {
        var spans = day.Spans.Where(s => s.State != OpenState.Closed).Select(Span).ToList();
        if (spans.Count == 0)
        {
            spans.Add(new WeekSpan(t["Hours.ClosedAllDay"], null));
        }

        return spans;
    }

    private WeekSpan Span(HoursSpan span)
    {
        var allDay = span.Start == TimeOnly.MinValue && span.End == TimeOnly.MinValue && span.EndsNextDay;
        var time = allDay ? t["Hours.AllDay"].Value : $"{span.Start:HH\\:mm}–{span.End:HH\\:mm}";
        return new WeekSpan(time, span.Comment ?? (span.State == OpenState.Unknown ? t["Status.Unknown"].Value : null));
    }

    private string When(DateTimeOffset next, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(next, calendar.TimeZone);
        var days = DateOnly.FromDateTime(local.DateTime).DayNumber - Today(now).DayNumber;
        var culture = CultureInfo.CurrentCulture;
        var time = local.ToString("HH:mm", culture);
        return days switch
        {
            0 => t["Status.AtTime", time],
            > 0 and < 7 => t["Status.OnWeekday", culture.DateTimeFormat.GetAbbreviatedDayName(local.DayOfWeek), time],
            _ => t["Status.OnDate", local.ToString("d", culture), time],
        };
    }
}

/// <summary>A row of the week table.</summary>
public sealed record WeekDayRow(string DayName, string Date, bool IsToday, bool IsPublicHoliday, IReadOnlyList<WeekSpan> Spans);

/// <summary>A span of the week table: "08:00–18:00", with the rule's comment or "unknown" as a note.</summary>
public sealed record WeekSpan(string Time, string? Note);
