using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.Domain.OpeningHours.Parsing;

/// <summary>
/// Recursive-descent parser for the supported subset:
/// <code>
/// value     = rule { ";" rule }
/// rule      = "24/7" [modifier] | [dates [":"]] [weekdays] [times] [modifier]   (not all empty)
/// dates     = daterange { "," daterange }
/// daterange = Month [ "-" Month ] | Month Day [ "-" ( Day | Month Day ) ]
/// weekdays  = dayitem { "," dayitem };  dayitem = Weekday [ "-" Weekday ] | "PH"
/// times     = time "-" time { "," time "-" time }
/// modifier  = ( "open" | "off" | "closed" | "unknown" ) [comment] | comment
/// </code>
/// The first token that does not fit ends parsing with its position and what would have fit there.
/// </summary>
internal sealed class OpeningHoursParser
{
    private readonly List<Token> tokens;
    private int index;

    private OpeningHoursParser(List<Token> tokens) => this.tokens = tokens;

    public static IReadOnlyList<OpeningHoursRule> Parse(string text)
    {
        var tokens = OpeningHoursTokenizer.Tokenize(text, out var tokenError);
        if (tokenError is not null)
        {
            throw new ParseFailure(tokenError);
        }

        if (tokens.Count == 1)
        {
            throw new ParseFailure(new OpeningHoursParseError(0, ParseMessages.Empty));
        }

        return new OpeningHoursParser(tokens).ParseRules();
    }

    private Token Current => tokens[index];

    private Token Next => tokens[Math.Min(index + 1, tokens.Count - 1)];

    private List<OpeningHoursRule> ParseRules()
    {
        var rules = new List<OpeningHoursRule> { ParseRule(afterSemicolon: false) };
        while (Current.Kind == TokenKind.Semicolon)
        {
            index++;
            rules.Add(ParseRule(afterSemicolon: true));
        }

        return rules;
    }

    private OpeningHoursRule ParseRule(bool afterSemicolon)
    {
        if (Current.Kind is TokenKind.Semicolon or TokenKind.End)
        {
            throw Fail(Current, afterSemicolon ? ParseMessages.RuleAfterSemicolonExpected : ParseMessages.RuleExpected);
        }

        if (Current.Kind == TokenKind.Number && Current.Text == "24" && Next.Kind == TokenKind.Slash)
        {
            return ParseAlways();
        }

        var dates = ParseDates();
        if (dates.Count > 0 && Current.Kind == TokenKind.Colon)
        {
            index++;
        }

        var weekdays = ParseWeekdays();
        var times = ParseTimes();
        var (state, stateWritten, comment) = ParseModifier();
        if (dates.Count == 0 && weekdays is null && times.Count == 0 && !stateWritten && comment is null)
        {
            throw Fail(Current, MessageForUnexpected(Current)
                ?? (afterSemicolon ? ParseMessages.RuleAfterSemicolonExpected : ParseMessages.RuleExpected));
        }

        var expected = comment is not null ? ParseMessages.AfterComment
            : stateWritten ? ParseMessages.AfterState
            : times.Count > 0 ? ParseMessages.AfterTimes
            : weekdays is not null ? ParseMessages.AfterWeekdays
            : ParseMessages.AfterDates;
        ExpectEndOfRule(expected);
        return new OpeningHoursRule(false, dates, weekdays, times, state, stateWritten, comment);
    }

    private OpeningHoursRule ParseAlways()
    {
        index++; // 24
        index++; // /
        if (!(Current.Kind == TokenKind.Number && Current.Text == "7"))
        {
            throw Fail(Current, ParseMessages.AlwaysStandsAlone);
        }

        index++;
        var (state, stateWritten, comment) = ParseModifier();
        ExpectEndOfRule(ParseMessages.AlwaysStandsAlone);
        return new OpeningHoursRule(true, [], null, [], state, stateWritten, comment);
    }

    private void ExpectEndOfRule(string expected)
    {
        if (Current.Kind is TokenKind.Semicolon or TokenKind.End)
        {
            return;
        }

        throw Fail(Current, MessageForUnexpected(Current) ?? expected);
    }

    private string? MessageForUnexpected(Token token) => token.Kind switch
    {
        TokenKind.Word => Vocabulary.MessageForForeignWord(token.Text),
        TokenKind.Number when token.Length == 4 => ParseMessages.YearsUnsupported,
        TokenKind.Other when token.Text == "|" => ParseMessages.FallbackUnsupported,
        TokenKind.Other when token.Text == "[" => ParseMessages.BracketsUnsupported,
        TokenKind.Other when token.Text == "+" => ParseMessages.OpenEndUnsupported,
        TokenKind.Slash => ParseMessages.IntervalsUnsupported,
        _ => null,
    };

    private List<DateRange> ParseDates()
    {
        var dates = new List<DateRange>();
        if (!IsMonth(Current))
        {
            return dates;
        }

        dates.Add(ParseDateRange());
        while (Current.Kind == TokenKind.Comma)
        {
            index++;
            if (!IsMonth(Current))
            {
                throw Fail(Current, MessageForUnexpected(Current) ?? ParseMessages.MonthExpected);
            }

            dates.Add(ParseDateRange());
        }

        return dates;
    }

    private DateRange ParseDateRange()
    {
        var month = ReadMonth();
        if (Current.Kind == TokenKind.Number)
        {
            var from = new MonthDay(month, ReadDay(month));
            if (Current.Kind != TokenKind.Dash)
            {
                return new DateRange(from, from, DateRangeForm.Date);
            }

            index++;
            if (Current.Kind == TokenKind.Number)
            {
                var dayToken = Current;
                var to = new MonthDay(month, ReadDay(month));
                if (to.Day < from.Day)
                {
                    throw Fail(dayToken, ParseMessages.DayRangeBackwards);
                }

                return new DateRange(from, to, DateRangeForm.DaysInMonth);
            }

            if (!IsMonth(Current))
            {
                throw Fail(Current, MessageForUnexpected(Current) ?? ParseMessages.DayOfMonthExpected);
            }

            var toMonth = ReadMonth();
            if (Current.Kind != TokenKind.Number)
            {
                throw Fail(Current, ParseMessages.DayOfMonthExpected);
            }

            var endToken = Current;
            var end = new MonthDay(toMonth, ReadDay(toMonth));
            if (toMonth == month && end.Day < from.Day)
            {
                throw Fail(endToken, ParseMessages.DayRangeBackwards);
            }

            return new DateRange(from, end, DateRangeForm.DateRange);
        }

        if (Current.Kind != TokenKind.Dash)
        {
            return new DateRange(new MonthDay(month, 1), new MonthDay(month, MonthDay.MaxDay(month)), DateRangeForm.Month);
        }

        index++;
        if (!IsMonth(Current))
        {
            throw Fail(Current, MessageForUnexpected(Current) ?? ParseMessages.MonthExpected);
        }

        var last = ReadMonth();
        return new DateRange(new MonthDay(month, 1), new MonthDay(last, MonthDay.MaxDay(last)), DateRangeForm.MonthRange);
    }

    private static bool IsMonth(Token token) => token.Kind == TokenKind.Word && Vocabulary.MonthNumber(token.Text) > 0;

    private int ReadMonth() => Vocabulary.MonthNumber(tokens[index++].Text);

    private int ReadDay(int month)
    {
        var token = Current;
        if (token.Length > 2)
        {
            throw Fail(token, token.Length == 4 ? ParseMessages.YearsUnsupported : ParseMessages.DayOfMonthExpected);
        }

        var day = int.Parse(token.Text, System.Globalization.CultureInfo.InvariantCulture);
        var maxDay = MonthDay.MaxDay(month);
        if (day < 1 || day > maxDay)
        {
            throw Fail(token, ParseMessages.DayNotInMonth(Vocabulary.Months[month - 1], maxDay));
        }

        index++;
        return day;
    }

    private WeekdaySet? ParseWeekdays()
    {
        if (!IsWeekdayOrHoliday(Current))
        {
            return null;
        }

        byte mask = 0;
        var holidays = false;
        while (true)
        {
            if (Current.IsWord(Vocabulary.PublicHoliday))
            {
                holidays = true;
                index++;
            }
            else
            {
                var first = Vocabulary.WeekdayIndex(tokens[index++].Text);
                var last = first;
                if (Current.Kind == TokenKind.Dash)
                {
                    index++;
                    if (Current.Kind != TokenKind.Word || Vocabulary.WeekdayIndex(Current.Text) < 0)
                    {
                        throw Fail(Current, MessageForUnexpected(Current) ?? ParseMessages.WeekdayExpected);
                    }

                    last = Vocabulary.WeekdayIndex(tokens[index++].Text);
                }

                mask |= WeekdaySet.Range(first, last);
            }

            if (Current.Kind == TokenKind.Other && Current.Text == "[")
            {
                throw Fail(Current, ParseMessages.BracketsUnsupported);
            }

            if (Current.Kind != TokenKind.Comma)
            {
                return new WeekdaySet(mask, holidays);
            }

            index++;
            if (!IsWeekdayOrHoliday(Current))
            {
                throw Fail(Current, MessageForUnexpected(Current) ?? ParseMessages.WeekdayOrHolidayExpected);
            }
        }
    }

    private static bool IsWeekdayOrHoliday(Token token) =>
        token.Kind == TokenKind.Word
        && (Vocabulary.WeekdayIndex(token.Text) >= 0 || token.IsWord(Vocabulary.PublicHoliday));

    private List<TimeRange> ParseTimes()
    {
        var times = new List<TimeRange>();
        if (Current.Kind != TokenKind.Time)
        {
            if (Current.Kind == TokenKind.Number && Current.Length <= 2)
            {
                throw Fail(Current, ParseMessages.TimeExpected);
            }

            return times;
        }

        times.Add(ParseTimeRange());
        while (Current.Kind == TokenKind.Comma)
        {
            index++;
            if (Current.Kind != TokenKind.Time)
            {
                var additionalRule = IsWeekdayOrHoliday(Current) || IsMonth(Current);
                throw Fail(Current, additionalRule ? ParseMessages.AdditionalRuleUnsupported
                    : MessageForUnexpected(Current) ?? ParseMessages.TimeExpected);
            }

            times.Add(ParseTimeRange());
        }

        return times;
    }

    private TimeRange ParseTimeRange()
    {
        var start = ReadTime(isEnd: false);

        if (Current.Kind != TokenKind.Dash)
        {
            throw Fail(Current, MessageForUnexpected(Current) ?? ParseMessages.TimeRangeDashExpected);
        }

        index++;
        var endToken = Current;
        if (endToken.Kind != TokenKind.Time)
        {
            throw Fail(endToken, MessageForUnexpected(endToken) ?? ParseMessages.TimeExpected);
        }

        var end = ReadTime(isEnd: true);
        if (Current.Kind == TokenKind.Other && Current.Text == "+")
        {
            throw Fail(Current, ParseMessages.OpenEndUnsupported);
        }

        if (end == start)
        {
            throw Fail(endToken, ParseMessages.EndEqualsStart);
        }

        // An end from 24:00 on is written the way the specification's extended hours are (22:00-26:00 closes
        // at 02:00 after midnight, as opening_hours.js reads it); a span of more than a day would have to be
        // listed over several days and is not supported.
        if (end >= TimeRange.MinutesPerDay)
        {
            return end - start <= TimeRange.MinutesPerDay
                ? new TimeRange(start, end)
                : throw Fail(endToken, ParseMessages.SpanLongerThanADay);
        }

        // An end at or before the start is on the next day: 18:00-02:00 closes at 02:00 after midnight.
        return new TimeRange(start, end > start ? end : end + TimeRange.MinutesPerDay);
    }

    /// <returns>Minutes since midnight: below 1440 for a start, up to 2880 (48:00) for an end.</returns>
    private int ReadTime(bool isEnd)
    {
        var token = Current;
        var hoursLength = token.MinutesStart - 1 - token.Start;
        var minutesLength = token.Start + token.Length - token.MinutesStart;
        var hoursOutOfRange = isEnd ? ParseMessages.EndHoursOutOfRange : ParseMessages.HoursOutOfRange;
        if (hoursLength > 2)
        {
            throw Fail(token, hoursOutOfRange);
        }

        if (minutesLength != 2)
        {
            throw Fail(token, ParseMessages.TimeExpected);
        }

        var hours = int.Parse(token.Text.AsSpan(0, hoursLength), provider: System.Globalization.CultureInfo.InvariantCulture);
        var minutes = int.Parse(token.Text.AsSpan(hoursLength + 1), provider: System.Globalization.CultureInfo.InvariantCulture);
        if (hours > (isEnd ? 48 : 24))
        {
            throw Fail(token, hoursOutOfRange);
        }

        if (!isEnd && hours == 24)
        {
            throw Fail(token, ParseMessages.StartAt24);
        }

        if (minutes > 59)
        {
            throw FailAt(token.MinutesStart, ParseMessages.MinutesOutOfRange);
        }

        if (hours == 48 && minutes != 0)
        {
            throw FailAt(token.MinutesStart, ParseMessages.MinutesAfter48);
        }

        index++;
        if (Current.Kind == TokenKind.Colon && Next.Kind == TokenKind.Number && Current.Start == token.Start + token.Length)
        {
            throw Fail(Current, ParseMessages.NoSeconds);
        }

        return (hours * 60) + minutes;
    }

    private (OpenState State, bool Written, string? Comment) ParseModifier()
    {
        OpenState? state = null;
        if (Current.Kind == TokenKind.Word && Vocabulary.State(Current.Text) is { } written)
        {
            state = written;
            index++;
        }

        string? comment = null;
        if (Current.Kind == TokenKind.Comment)
        {
            if (string.IsNullOrWhiteSpace(Current.Text))
            {
                throw Fail(Current, ParseMessages.CommentEmpty);
            }

            comment = Current.Text.Trim();
            index++;
        }

        // As the specification says, a comment without a state leaves the times unknown (by arrangement).
        var effective = state ?? (comment is null ? OpenState.Open : OpenState.Unknown);
        return (effective, state is not null, comment);
    }

    private static ParseFailure Fail(Token token, string message) => FailAt(token.Start, message);

    private static ParseFailure FailAt(int position, string message) =>
        new(new OpeningHoursParseError(position, message));
}

/// <summary>Unwinds the descent to <see cref="OpeningHoursSchedule.TryParse"/>; never leaves the parser.</summary>
internal sealed class ParseFailure(OpeningHoursParseError error) : Exception(error.Message)
{
    public OpeningHoursParseError Error { get; } = error;
}
