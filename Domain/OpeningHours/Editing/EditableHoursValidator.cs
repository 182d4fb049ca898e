namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>Checks <see cref="EditableHours"/> field by field; only hours without errors can be written.</summary>
public static class EditableHoursValidator
{
    public static IReadOnlyList<EditableHoursError> Validate(EditableHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var errors = new List<EditableHoursError>();
        for (var day = 0; day < 7; day++)
        {
            ValidateSpans(hours.Days[day], $"Days[{day}]", allowNight: true, errors);
        }

        for (var day = 0; day < 7; day++)
        {
            ValidateNightIntoNextDay(hours, day, errors);
        }

        if (errors.Count == 0 && WeekdayRules.Order(hours.Days) is null)
        {
            errors.Add(new EditableHoursError("Days", EditableHoursErrorCode.NightSpansCannotBeWritten));
        }

        ValidateSpecialDates(hours.SpecialDates, errors);
        return errors;
    }

    public static bool IsValid(EditableHours hours) => Validate(hours).Count == 0;

    private static void ValidateSpans(IReadOnlyList<EditableSpan> spans, string field, bool allowNight, List<EditableHoursError> errors)
    {
        if (spans.Count > EditableHours.MaxSpansPerDay)
        {
            errors.Add(new EditableHoursError(field, EditableHoursErrorCode.TooManySpans));
        }

        var wellFormed = new List<int>();
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var end = $"{field}.Spans[{i}].End";
            if (span.Start == span.End && !span.IsWholeDay)
            {
                errors.Add(new EditableHoursError(end, EditableHoursErrorCode.EndEqualsStart));
            }
            else if (span.IsNightSpan && !allowNight)
            {
                errors.Add(new EditableHoursError(end, EditableHoursErrorCode.SpecialDateSpanPastMidnight));
            }
            else if (span.IsNightSpan && span.End > EditableSpan.LatestNightEnd)
            {
                errors.Add(new EditableHoursError(end, EditableHoursErrorCode.EndBeforeStart));
            }
            else
            {
                wellFormed.Add(i);
            }
        }

        var ordered = wellFormed.OrderBy(i => spans[i].StartMinutes).ThenBy(i => i).ToList();
        var reach = -1;
        foreach (var i in ordered)
        {
            if (spans[i].StartMinutes < reach)
            {
                errors.Add(new EditableHoursError($"{field}.Spans[{i}].Start", EditableHoursErrorCode.SpansOverlap));
            }

            reach = Math.Max(reach, spans[i].EndMinutes);
        }
    }

    private static void ValidateNightIntoNextDay(EditableHours hours, int day, List<EditableHoursError> errors)
    {
        var spans = hours.Days[day];
        var next = hours.Days[(day + 1) % 7];
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.IsNightSpan && span.End <= EditableSpan.LatestNightEnd
                && next.Any(other => other.StartMinutes < EditableSpan.Minutes(span.End)))
            {
                errors.Add(new EditableHoursError($"Days[{day}].Spans[{i}].End", EditableHoursErrorCode.NightSpanOverlapsNextDay));
            }
        }
    }

    private static void ValidateSpecialDates(IReadOnlyList<SpecialDate> dates, List<EditableHoursError> errors)
    {
        if (dates.Count > EditableHours.MaxSpecialDates)
        {
            errors.Add(new EditableHoursError("SpecialDates", EditableHoursErrorCode.TooManySpecialDates));
        }

        var taken = new int[366];
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i];
            var field = $"SpecialDates[{i}]";
            ValidateSpans(date.Spans, field, allowNight: false, errors);
            var valid = true;
            if (!date.From.IsValid)
            {
                errors.Add(new EditableHoursError($"{field}.From", EditableHoursErrorCode.DateInvalid));
                valid = false;
            }

            if (!date.To.IsValid)
            {
                errors.Add(new EditableHoursError($"{field}.To", EditableHoursErrorCode.DateInvalid));
                valid = false;
            }

            if (!valid)
            {
                continue;
            }

            if (date.From.Month == date.To.Month && date.To.Day < date.From.Day)
            {
                errors.Add(new EditableHoursError($"{field}.To", EditableHoursErrorCode.DateRangeBackwards));
                continue;
            }

            if (DaysOf(date).Any(day => taken[day] > 0))
            {
                errors.Add(new EditableHoursError($"{field}.From", EditableHoursErrorCode.SpecialDatesOverlap));
            }

            foreach (var day in DaysOf(date))
            {
                taken[day]++;
            }
        }
    }

    private static IEnumerable<int> DaysOf(SpecialDate date)
    {
        var from = date.From.DayOfYear;
        var to = date.To.DayOfYear;
        for (var day = from; ; day = (day + 1) % 366)
        {
            yield return day;
            if (day == to)
            {
                yield break;
            }
        }
    }
}
