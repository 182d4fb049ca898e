using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HalloBot.Domain.Exchange;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.OpeningHours.Editing;
using HalloBot.Web.Features.Api;
using HalloBot.Web.Features.Listings;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.HoursEditor;

[ApiController]
[Route("api/v1/opening-hours")]
public sealed class OpeningHoursApiController(
    OpeningHoursCalendar calendar, OpeningHoursPresenter presenter, HoursEditorForm form, TimeProvider clock) : ControllerBase
{
    [HttpGet("preview")]
    [EndpointSummary("Checks an opening_hours value and shows the week it means")]
    [EndpointDescription("""
        Parses `value` (the OpenStreetMap opening_hours subset of the listing exchange format). Answers `valid`,
        the `errors` (0-based `position` in the value and what was expected there, in German), the value in
        canonical spelling (`normalized`), whether the structured editor can show it (`editable`, else
        `expertOnly` says why), and the `week` (Monday to Sunday) that contains `week` (yyyy-MM-dd, default today)
        as the listing page shows it. A missing or over-long value is a 400 problem.
        """)]
    [ProducesResponseType<OpeningHoursPreviewResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    public OpeningHoursPreviewResponse Preview(
        [FromQuery, Required, MaxLength(ListingRowValidator.OpeningHoursMaxLength)] string value,
        [FromQuery] DateOnly? week)
    {
        var read = EditableHoursReader.Read(value, calendar);
        if (read.ParseError is { } error)
        {
            return new OpeningHoursPreviewResponse(false, [new OpeningHoursErrorResponse(error.Position, error.Message, form.TextErrorMessage(error))],
                null, false, null, []);
        }

        var schedule = OpeningHoursSchedule.Parse(value);
        var now = clock.GetUtcNow();
        var shown = week ?? presenter.Today(now);
        var monday = shown.AddDays(-(((int)shown.DayOfWeek + 6) % 7));
        var days = schedule.Days(monday, 7, calendar);
        var rows = presenter.Week(days, now);
        return new OpeningHoursPreviewResponse(
            true,
            [],
            EditableHoursWriter.Canonical(schedule),
            read.Hours is not null,
            read.ExpertOnly is { } reason ? new ExpertOnlyResponse(JsonName(reason), form.ExpertOnlyNote(reason)) : null,
            [.. days.Zip(rows, (day, row) => new OpeningHoursDayResponse(
                day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.DayName, row.Date, row.IsToday, row.IsPublicHoliday,
                [.. row.Spans.Select(s => new OpeningHoursSpanResponse(s.Time, s.Note))]))]);
    }

    private static string JsonName(ExpertOnlyReason reason) => JsonNamingPolicy(reason.ToString());

    private static string JsonNamingPolicy(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <param name="Valid">Whether the value parses.</param>
/// <param name="Errors">Where parsing stopped and why; empty when valid.</param>
/// <param name="Normalized">The value in canonical spelling; null when invalid.</param>
/// <param name="Editable">Whether the structured editor (days, spans, holidays, special dates) can show the value.</param>
/// <param name="ExpertOnly">Why only the text field can show it; null when editable or invalid.</param>
/// <param name="Week">Monday to Sunday of the week asked for; empty when invalid.</param>
public sealed record OpeningHoursPreviewResponse(
    bool Valid, IReadOnlyList<OpeningHoursErrorResponse> Errors, string? Normalized, bool Editable,
    ExpertOnlyResponse? ExpertOnly, IReadOnlyList<OpeningHoursDayResponse> Week);

/// <param name="Position">0-based character position in the value.</param>
/// <param name="Message">What was expected there (German, as the import reports it).</param>
/// <param name="Text">Position and message in one sentence for a person, in the page's language.</param>
public sealed record OpeningHoursErrorResponse(int Position, string Message, string Text);

public sealed record ExpertOnlyResponse(string Reason, string Message);

/// <param name="Date">ISO date.</param>
/// <param name="DayName">The weekday in the page's language.</param>
/// <param name="DisplayDate">The date as the listing page writes it.</param>
public sealed record OpeningHoursDayResponse(
    string Date, string DayName, string DisplayDate, bool IsToday, bool IsPublicHoliday, IReadOnlyList<OpeningHoursSpanResponse> Spans);

/// <param name="Time">"08:00–18:00", "ganztägig" or "geschlossen".</param>
/// <param name="Note">The rule's comment or "unknown".</param>
public sealed record OpeningHoursSpanResponse(string Time, string? Note);
