namespace HalloBot.Domain.OpeningHours.Parsing;

/// <summary>What the parser expected, in German: the import shows these to the office as they are.</summary>
internal static class ParseMessages
{
    public const string Empty = "Öffnungszeiten erwartet (der Wert ist leer)";
    public const string RuleExpected = "Regel erwartet (Wochentag, Monat, PH, Uhrzeit HH:MM, 24/7, Zustand oder Kommentar)";
    public const string RuleAfterSemicolonExpected = "Regel nach „;“ erwartet (leere Regeln sind nicht erlaubt)";
    public const string WeekdayExpected = "Wochentag (Mo, Tu, We, Th, Fr, Sa, Su) erwartet";
    public const string WeekdayOrHolidayExpected = "Wochentag (Mo, Tu, We, Th, Fr, Sa, Su) oder PH erwartet";
    public const string MonthExpected = "Monat (Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec) erwartet";
    public const string DayOfMonthExpected = "Tag des Monats (01–31) erwartet";
    public const string DayRangeBackwards = "Endtag nach dem Anfangstag erwartet";
    public const string TimeExpected = "Uhrzeit im Format HH:MM erwartet";
    public const string HoursOutOfRange = "Stunden 00–23 erwartet";
    public const string MinutesOutOfRange = "Minuten 00–59 erwartet";
    public const string EndHoursOutOfRange = "Stunden 00–48 erwartet (ein Ende nach Mitternacht als 02:00 oder 26:00)";
    public const string MinutesAfter48 = "Minuten 00 erwartet (48:00 ist das späteste Ende)";
    public const string SpanLongerThanADay = "Ende höchstens 24 Stunden nach dem Beginn erwartet";
    public const string StartAt24 = "Beginn 00:00–23:59 erwartet (24:00 nur als Ende)";
    public const string EndEqualsStart = "Ende verschieden vom Beginn erwartet (ganzer Tag: 00:00-24:00)";
    public const string TimeRangeDashExpected = "„-“ und Ende im Format HH:MM erwartet";
    public const string NoSeconds = "Uhrzeit im Format HH:MM erwartet, ohne Sekunden";
    public const string CommentNotClosed = "Schließendes \" des Kommentars erwartet";
    public const string CommentEmpty = "Kommentartext zwischen den Anführungszeichen erwartet";
    public const string AfterDates = "Wochentag, PH, Uhrzeit (HH:MM), Zustand (open, off, closed, unknown), Kommentar oder „;“ erwartet";
    public const string AfterWeekdays = "Uhrzeit (HH:MM), Zustand (open, off, closed, unknown), Kommentar oder „;“ erwartet";
    public const string AfterTimes = "Zustand (open, off, closed, unknown), Kommentar oder „;“ erwartet";
    public const string AfterState = "Kommentar in \"…\" oder „;“ erwartet";
    public const string AfterComment = "„;“ oder Ende des Werts erwartet";
    public const string AlwaysStandsAlone = "„24/7“ steht allein (höchstens mit Zustand oder Kommentar); „;“ erwartet";
    public const string FallbackUnsupported = "Ausweichregeln mit „||“ werden nicht unterstützt; Regeln mit „;“ trennen";
    public const string AdditionalRuleUnsupported = "Zusatzregeln mit „,“ werden nicht unterstützt; Regeln mit „;“ trennen, nach „,“ wird eine Uhrzeit (HH:MM) erwartet";
    public const string OpenEndUnsupported = "Offenes Ende („+“) wird nicht unterstützt; Ende im Format HH:MM erwartet";
    public const string BracketsUnsupported = "Angaben in eckigen Klammern (z. B. Mo[1]) werden nicht unterstützt";
    public const string WeeksUnsupported = "Kalenderwochen (week) werden nicht unterstützt";
    public const string YearsUnsupported = "Jahreszahlen werden nicht unterstützt";
    public const string SunTimesUnsupported = "Sonnenzeiten (sunrise, sunset, dawn, dusk) werden nicht unterstützt; Uhrzeit im Format HH:MM erwartet";
    public const string SchoolHolidaysUnsupported = "Schulferien (SH) werden nicht unterstützt";
    public const string EasterUnsupported = "Ostertermine (easter) werden nicht unterstützt; Feiertage mit PH angeben";
    public const string IntervalsUnsupported = "Intervalle mit „/“ werden nicht unterstützt";
    public const string TimeWithoutUhr = "Uhrzeit ohne „Uhr“ erwartet (z. B. 08:00-18:00)";

    public static string DayNotInMonth(string month, int maxDay) => $"Tag 01–{maxDay:00} für {month} erwartet";

    public static string UseInstead(string written, string expected, string kind) =>
        $"„{written}“ wird nicht verstanden: {kind} „{expected}“ erwartet";
}
