using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.UnitTests.OpeningHours;

public class OpeningHoursParserTests
{
    [Theory]
    [InlineData("24/7", "24/7")]
    [InlineData("Mo-Fr 08:00-18:00; Sa 09:00-14:00", "Mo-Fr 08:00-18:00; Sa 09:00-14:00")]
    [InlineData("Mo,We,Fr 09:00-12:00", "Mo,We,Fr 09:00-12:00")]
    [InlineData("Fr-Mo 10:00-12:00", "Mo,Fr-Su 10:00-12:00")]
    [InlineData("Mo-Fr 08:00-12:30,14:00-18:00", "Mo-Fr 08:00-12:30,14:00-18:00")]
    [InlineData("Fr-Sa 18:00-02:00", "Fr-Sa 18:00-02:00")]
    [InlineData("Mo-Su 18:00-24:00", "Mo-Su 18:00-24:00")]
    [InlineData("Mo-Sa 10:00-20:00; Su off", "Mo-Sa 10:00-20:00; Su off")]
    [InlineData("Su closed", "Su off")]
    [InlineData("Su unknown", "Su unknown")]
    [InlineData("off", "off")]
    [InlineData("PH off", "PH off")]
    [InlineData("PH 10:00-14:00", "PH 10:00-14:00")]
    [InlineData("Su,PH off", "Su,PH off")]
    [InlineData("PH,Sa off", "Sa,PH off")]
    [InlineData("Dec 24 10:00-14:00", "Dec 24 10:00-14:00")]
    [InlineData("Dec 25-26 off", "Dec 25-26 off")]
    [InlineData("Jun-Aug Mo-Fr 10:00-19:00", "Jun-Aug Mo-Fr 10:00-19:00")]
    [InlineData("Nov-Feb Sa 10:00-12:00", "Nov-Feb Sa 10:00-12:00")]
    [InlineData("Dec 24-Jan 06 off", "Dec 24-Jan 06 off")]
    [InlineData("Dec 24,Dec 31 10:00-13:00", "Dec 24,Dec 31 10:00-13:00")]
    [InlineData("Dec 24: 10:00-14:00", "Dec 24 10:00-14:00")]
    [InlineData("Feb 29 off", "Feb 29 off")]
    [InlineData("Mo-Fr 09:00-17:00 \"nach Vereinbarung\"", "Mo-Fr 09:00-17:00 \"nach Vereinbarung\"")]
    [InlineData("Mo-Fr 09:00-17:00 open \"Hofladen\"", "Mo-Fr 09:00-17:00 open \"Hofladen\"")]
    [InlineData("Su off \"Ruhetag\"", "Su off \"Ruhetag\"")]
    [InlineData("\"nur nach Vereinbarung\"", "\"nur nach Vereinbarung\"")]
    [InlineData("10:00-18:00", "10:00-18:00")]
    [InlineData("24/7 off \"Umbau\"", "24/7 off \"Umbau\"")]
    [InlineData("Mo-Fr 08:00-18:00; We 12:00-14:00 off", "Mo-Fr 08:00-18:00; We 12:00-14:00 off")]
    // Extended hours of the specification (an end from 24:00 on, at most a day after the start).
    [InlineData("Fr 22:00-26:00", "Fr 22:00-02:00")]
    [InlineData("Mo-Fr 08:00-24:30", "Mo-Fr 08:00-00:30")]
    [InlineData("Sa 10:00-34:00", "Sa 10:00-34:00")]
    [InlineData("Su 23:00-47:00", "Su 23:00-47:00")]
    [InlineData("Su 23:59-47:59", "Su 23:59-47:59")]
    public void TryParse_SupportedForm_ParsesToCanonicalRules(string text, string canonical)
    {
        var result = OpeningHoursSchedule.TryParse(text);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Null(result.Error);
        Assert.Equal(canonical, OpeningHoursFormatter.Format(result.Schedule!.Rules));
    }

    [Theory]
    [InlineData("  Mo - Fr   08:00 - 18:00 ;Sa 09:00-14:00  ", "Mo-Fr 08:00-18:00; Sa 09:00-14:00")]
    [InlineData("mo-fr 08:00-18:00; SA 09:00-14:00; ph OFF", "Mo-Fr 08:00-18:00; Sa 09:00-14:00; PH off")]
    [InlineData("Mo – Fr 08:00 – 18:00", "Mo-Fr 08:00-18:00")]
    [InlineData("Mo-Fr 8:00-18:00", "Mo-Fr 08:00-18:00")]
    [InlineData("dec 24 10:00-14:00", "Dec 24 10:00-14:00")]
    [InlineData("Mo-Fr 09:00-17:00 „nach Vereinbarung“", "Mo-Fr 09:00-17:00 \"nach Vereinbarung\"")]
    [InlineData("Mo-Fr 09:00-17:00 “nach Vereinbarung”", "Mo-Fr 09:00-17:00 \"nach Vereinbarung\"")]
    [InlineData("Sa 22:00-00:00", "Sa 22:00-24:00")]
    [InlineData("Dec 5 off", "Dec 05 off")]
    public void TryParse_WhatSpreadsheetUsersType_ParsesToSameRules(string text, string canonical)
    {
        var result = OpeningHoursSchedule.TryParse(text);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(canonical, OpeningHoursFormatter.Format(result.Schedule!.Rules));
    }

    [Fact]
    public void TryParse_TextWithSurroundingWhitespace_KeepsTrimmedText()
    {
        var schedule = OpeningHoursSchedule.Parse("  Mo-Fr 08:00-18:00 \t");

        Assert.Equal("Mo-Fr 08:00-18:00", schedule.Text);
        Assert.Equal("Mo-Fr 08:00-18:00", schedule.ToString());
    }

    [Fact]
    public void TryParse_CommentWithoutState_IsUnknown()
    {
        var rule = OpeningHoursSchedule.Parse("Mo 09:00-17:00 \"nach Vereinbarung\"").Rules.Single();

        Assert.Equal(OpenState.Unknown, rule.State);
        Assert.Equal("nach Vereinbarung", rule.Comment);
    }

    [Fact]
    public void TryParse_OpenWithComment_IsOpen()
    {
        var rule = OpeningHoursSchedule.Parse("Mo 09:00-17:00 open \"Hofladen\"").Rules.Single();

        Assert.Equal(OpenState.Open, rule.State);
        Assert.Equal("Hofladen", rule.Comment);
    }

    [Theory]
    [InlineData("", 0, "leer")]
    [InlineData("   ", 0, "leer")]
    [InlineData("Mo-Xy 08:00-18:00", 3, "Wochentag (Mo, Tu, We, Th, Fr, Sa, Su) erwartet")]
    [InlineData("Mo- 08:00-18:00", 4, "Wochentag (Mo, Tu, We, Th, Fr, Sa, Su) erwartet")]
    [InlineData("Mo,", 3, "Wochentag (Mo, Tu, We, Th, Fr, Sa, Su) oder PH erwartet")]
    [InlineData("Di 08:00-18:00", 0, "„Tu“")]
    [InlineData("Mo-So 08:00-18:00", 3, "„Su“")]
    [InlineData("Montag 08:00-18:00", 0, "„Mo“")]
    [InlineData("Mai 01 off", 0, "„May“")]
    [InlineData("Mo-Fr 08:00-", 12, "Uhrzeit im Format HH:MM erwartet")]
    [InlineData("Mo-Fr 08:00", 11, "„-“ und Ende im Format HH:MM erwartet")]
    [InlineData("Mo-Fr 8-18", 6, "Uhrzeit im Format HH:MM erwartet")]
    [InlineData("Mo-Fr 08:00-18", 12, "Uhrzeit im Format HH:MM erwartet")]
    [InlineData("Mo-Fr 08:0-18:00", 6, "Uhrzeit im Format HH:MM erwartet")]
    [InlineData("Mo-Fr 25:00-18:00", 6, "Stunden 00–23 erwartet")]
    [InlineData("Mo-Fr 08:00-49:00", 12, "Stunden 00–48 erwartet")]
    [InlineData("Mo-Fr 108:00-18:00", 6, "Stunden 00–23 erwartet")]
    [InlineData("Mo-Fr 08:00-100:00", 12, "Stunden 00–48 erwartet")]
    [InlineData("Mo-Fr 12:60-18:00", 9, "Minuten 00–59 erwartet")]
    [InlineData("Mo-Fr 22:00-26:60", 15, "Minuten 00–59 erwartet")]
    [InlineData("Mo-Fr 22:00-48:30", 15, "48:00 ist das späteste Ende")]
    [InlineData("Mo-Fr 08:00-33:00", 12, "höchstens 24 Stunden nach dem Beginn")]
    [InlineData("Mo-Fr 00:00-48:00", 12, "höchstens 24 Stunden nach dem Beginn")]
    [InlineData("Mo-Fr 24:00-02:00", 6, "24:00 nur als Ende")]
    [InlineData("Mo-Fr 10:00-10:00", 12, "Ende verschieden vom Beginn")]
    [InlineData("Mo-Fr 08:00:00-18:00:00", 11, "ohne Sekunden")]
    [InlineData("Mo-Fr 08:00-18:00;", 18, "Regel nach „;“ erwartet")]
    [InlineData("Mo-Fr 08:00-18:00;; Sa 10:00-12:00", 18, "Regel nach „;“ erwartet")]
    [InlineData("; Mo 10:00-12:00", 0, "Regel erwartet")]
    [InlineData("Mo-Fr 08:00-18:00 Sa 09:00-14:00", 18, "„;“ erwartet")]
    [InlineData("Mo-Fr 08:00-18:00 xyz", 18, "Zustand (open, off, closed, unknown)")]
    [InlineData("Mo-Fr 08:00-18:00 off xyz", 22, "Kommentar in \"…\" oder „;“ erwartet")]
    [InlineData("Mo-Fr 08:00-18:00 \"a\" off", 22, "„;“ oder Ende des Werts erwartet")]
    [InlineData("Mo-Fr xyz", 6, "Uhrzeit (HH:MM), Zustand")]
    [InlineData("Mo-Fr 09:00-17:00 \"nach Vereinbarung", 36, "Schließendes \" des Kommentars erwartet")]
    [InlineData("Mo-Fr 09:00-17:00 \"\"", 18, "Kommentartext")]
    [InlineData("Mo-Fr 08:00-18:00 || \"nach Vereinbarung\"", 18, "„||“ werden nicht unterstützt")]
    [InlineData("Mo-Fr 08:00-12:00, We 14:00-18:00", 19, "Zusatzregeln mit „,“ werden nicht unterstützt")]
    [InlineData("week 01-10 Mo 08:00-12:00", 0, "Kalenderwochen (week) werden nicht unterstützt")]
    [InlineData("Mo-Fr sunrise-sunset", 6, "Sonnenzeiten")]
    [InlineData("Mo-Fr 08:00-sunset", 12, "Sonnenzeiten")]
    [InlineData("SH off", 0, "Schulferien (SH) werden nicht unterstützt")]
    [InlineData("easter off", 0, "Ostertermine")]
    [InlineData("2026 Dec 24 off", 0, "Jahreszahlen werden nicht unterstützt")]
    [InlineData("Dec 2026 off", 4, "Jahreszahlen werden nicht unterstützt")]
    [InlineData("Mo[1] 10:00-12:00", 2, "eckigen Klammern")]
    [InlineData("Mo-Fr 18:00+", 11, "Offenes Ende („+“)")]
    [InlineData("Mo-Fr 08:00-18:00+", 17, "Offenes Ende („+“)")]
    [InlineData("Mo-Fr 10:00-16:00/90", 17, "Intervalle")]
    [InlineData("Dec 32 off", 4, "Tag 01–31 für Dec erwartet")]
    [InlineData("Feb 30 off", 4, "Tag 01–29 für Feb erwartet")]
    [InlineData("Apr 31 off", 4, "Tag 01–30 für Apr erwartet")]
    [InlineData("Dec 00 off", 4, "Tag 01–31 für Dec erwartet")]
    [InlineData("Dec 26-24 off", 7, "Endtag nach dem Anfangstag erwartet")]
    [InlineData("Dec 26-Dec 24 off", 11, "Endtag nach dem Anfangstag erwartet")]
    [InlineData("Jun-Xyz 10:00-12:00", 4, "Monat (Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec) erwartet")]
    [InlineData("Dec 24,31 off", 7, "Monat (Jan")]
    [InlineData("Dec 24-Jan off", 11, "Tag des Monats (01–31) erwartet")]
    [InlineData("24/7 Mo", 5, "„24/7“ steht allein")]
    [InlineData("24/8", 3, "„24/7“ steht allein")]
    [InlineData("Mo-Fr 08:00-18:00 Uhr", 18, "ohne „Uhr“")]
    [InlineData("Mo-Fr 08.00-18.00", 6, "Uhrzeit im Format HH:MM erwartet")]
    [InlineData("Mo-Fr & Sa 10:00-12:00", 6, "Uhrzeit (HH:MM), Zustand")]
    [InlineData("PH-Fr off", 2, "Uhrzeit (HH:MM), Zustand")]
    public void TryParse_OutsideSubset_ReportsPositionAndExpectation(string text, int position, string message)
    {
        var result = OpeningHoursSchedule.TryParse(text);

        Assert.False(result.Success);
        Assert.Null(result.Schedule);
        Assert.NotNull(result.Error);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OutsideSubset_ThrowsFormatExceptionWithError()
    {
        var exception = Assert.Throws<OpeningHoursFormatException>(() => OpeningHoursSchedule.Parse("Mo-Fr 25:00-18:00"));

        Assert.Equal(6, exception.Error.Position);
        Assert.Equal("Zeichen 7: Stunden 00–23 erwartet", exception.Message);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("Mo\u0000-Fr 08:00-18:00")]
    [InlineData("Mo-Fr \u0660\u0668:\u0660\u0660-\u0661\u0668:\u0660\u0660")] // Arabic-Indic digits
    [InlineData("Mo-Fr \uFF10\uFF18:\uFF10\uFF10-18:00")] // full-width digits
    [InlineData("\uD83D")] // lone surrogate
    [InlineData("Mo-Fr 08:00-18:00 \uD83D\uDE00")]
    [InlineData("Mo-Fr 99999999999999999999:00-18:00")]
    [InlineData("Dec 99999999999999999999 off")]
    [InlineData("Mo-Fr 08:00-18:00; \u202E off")]
    public void TryParse_StrangeCharacters_ErrorInsideText(string text)
    {
        var result = OpeningHoursSchedule.TryParse(text);

        Assert.False(result.Success);
        Assert.InRange(result.Error!.Position, 0, text.Length);
    }

    [Fact]
    public void TryParse_CommentWithControlCharacters_KeepsThem()
    {
        var rule = OpeningHoursSchedule.Parse("Mo 09:00-17:00 open \"Hof\tladen \uD83D\uDE00\"").Rules.Single();

        Assert.Equal("Hof\tladen \uD83D\uDE00", rule.Comment);
    }

    [Fact]
    public void TryParse_TenThousandRules_ParsesQuickly()
    {
        var text = string.Join("; ", Enumerable.Range(0, 10_000).Select(i => $"Dec {i % 31 + 1:00} {i % 24:00}:00-{i % 24:00}:30 off"));
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var result = OpeningHoursSchedule.TryParse(text);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(10_000, result.Schedule!.Rules.Count);
        Assert.InRange(stopwatch.ElapsedMilliseconds, 0, 5_000);
    }

    [Fact]
    public void TryParse_MillionCharacters_ErrorWithoutDelay()
    {
        var text = "Mo-Fr 08:00-18:00 " + new string('x', 1_000_000);

        var result = OpeningHoursSchedule.TryParse(text);

        Assert.False(result.Success);
        Assert.Equal(18, result.Error!.Position);
    }

    [Fact]
    public void TryParse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => OpeningHoursSchedule.TryParse(null!));
    }

    [Theory]
    [InlineData("Mo-Fr 08:00-18:00; Sa 09:00-14:00")]
    [InlineData("Mo-Fr 09:00-12:30,14:30-18:30; Sa 09:00-13:00")]
    [InlineData("Mo-Sa 06:00-18:00; Su 07:00-11:00")]
    [InlineData("Tu-Su 11:30-14:30,17:30-22:00; PH off")]
    [InlineData("Mo-Fr 07:30-16:30")]
    [InlineData("Mo-Sa 10:00-19:00; Dec 24 10:00-13:00")]
    [InlineData("Mo-Su 18:00-02:00")]
    [InlineData("24/7")]
    [InlineData("Mo-Th 08:00-17:00; Fr 08:00-14:00 \"und nach Vereinbarung\"")]
    public void TryParse_ValuesOfTheSampleData_Parse(string text)
    {
        Assert.True(OpeningHoursSchedule.TryParse(text).Success);
    }
}
