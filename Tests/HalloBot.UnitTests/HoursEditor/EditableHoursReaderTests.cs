using HalloBot.Domain.OpeningHours.Editing;
using static HalloBot.UnitTests.HoursEditor.EditableHoursBuilder;
using static HalloBot.UnitTests.OpeningHours.StatusAssertions;

namespace HalloBot.UnitTests.HoursEditor;

public sealed class EditableHoursReaderTests
{
    [Fact]
    public void Read_BakerWeek_FillsDaysHolidaysAndDates()
    {
        var result = EditableHoursReader.Read("Mo-Fr 06:30-12:30,14:00-18:00; Sa 06:30-13:00; Su,PH off; Dec 24 06:30-12:00; Dec 25-26 off", Calendar);

        var expected = Weekdays("06:30-12:30,14:00-18:00", sa: "06:30-13:00", closedOnHolidays: true);
        expected = new EditableHours(expected.Days, true, [Date(12, 24, "06:30-12:00"), Range(12, 25, 12, 26)]);
        Assert.Null(result.ParseError);
        Assert.Null(result.ExpertOnly);
        Assert.Equal(expected, result.Hours);
    }

    [Theory]
    [InlineData("24/7", "00:00-24:00")]
    [InlineData("08:00-18:00", "08:00-18:00")]
    [InlineData("Mo-Su open", "00:00-24:00")]
    [InlineData("mo-su 8:00 - 18:00", "08:00-18:00")]
    public void Read_EveryDayAlike_SameSpansEveryDay(string text, string spans)
    {
        var result = EditableHoursReader.Read(text, Calendar);

        Assert.Equal(Week(spans, spans, spans, spans, spans, spans, spans), result.Hours);
    }

    [Fact]
    public void Read_LaterRuleForSomeDays_ReplacesThem()
    {
        var result = EditableHoursReader.Read("Mo-Fr 08:00-18:00; We 08:00-12:00", Calendar);

        Assert.Equal(Week("08:00-18:00", "08:00-18:00", "08:00-12:00", "08:00-18:00", "08:00-18:00"), result.Hours);
    }

    [Fact]
    public void Read_WholeMonth_IsARangeOfItsDays()
    {
        var result = EditableHoursReader.Read("Mo-Sa 09:00-18:00; Feb off; Jul-Aug 10:00-16:00", Calendar);

        Assert.Equal([Range(2, 1, 2, 29), Range(7, 1, 8, 31, "10:00-16:00")], result.Hours!.SpecialDates);
    }

    [Fact]
    public void Read_EmptyText_IsNoHours()
    {
        Assert.Equal(EditableHours.Empty, EditableHoursReader.Read("  ", Calendar).Hours);
    }

    [Theory]
    [InlineData("Mo-Fr 09:00-17:00 \"nach Vereinbarung\"", ExpertOnlyReason.Comment)]
    [InlineData("Mo-Fr 09:00-17:00 unknown", ExpertOnlyReason.UnknownState)]
    [InlineData("Mo-Fr 08:00-18:00; We 12:00-14:00 off", ExpertOnlyReason.ClosedTimes)]
    [InlineData("Jun-Aug Mo-Fr 10:00-19:00", ExpertOnlyReason.DatesWithWeekdays)]
    [InlineData("Mo-Sa 08:00-18:00; PH 10:00-12:00", ExpertOnlyReason.PublicHolidayHours)]
    [InlineData("Mo 08:00-12:00,11:00-13:00", ExpertOnlyReason.NotEditable)]
    [InlineData("Mo 08:00-10:00,10:30-11:00,11:30-12:00,12:30-13:00,13:30-14:00,14:30-15:00", ExpertOnlyReason.NotEditable)]
    [InlineData("Fr 20:00-08:00", ExpertOnlyReason.NotEditable)]
    [InlineData("Dec 31 20:00-02:00", ExpertOnlyReason.NotEditable)]
    [InlineData("PH off; Mo-Su 08:00-18:00", ExpertOnlyReason.OrderMatters)]
    [InlineData("Mo 18:00-02:00; Tu 08:00-12:00", ExpertOnlyReason.OrderMatters)]
    [InlineData("Dec 24 10:00-14:00; Mo-Fr 08:00-18:00", ExpertOnlyReason.OrderMatters)]
    public void Read_OutsideTheForm_SaysWhyAndKeepsTheText(string text, ExpertOnlyReason reason)
    {
        var result = EditableHoursReader.Read(text, Calendar);

        Assert.Null(result.Hours);
        Assert.Null(result.ParseError);
        Assert.Equal(reason, result.ExpertOnly);
    }

    [Fact]
    public void Read_NightSpanWhoseNextDayComesEarlier_IsEditable()
    {
        var result = EditableHoursReader.Read("Tu 08:00-12:00; Mo 18:00-02:00", Calendar);

        Assert.Equal(Week(mo: "18:00-02:00", tu: "08:00-12:00"), result.Hours);
    }

    [Fact]
    public void Read_BrokenText_GivesTheParserError()
    {
        var result = EditableHoursReader.Read("Mo-Fr 08:00-18:00; Sa 25:00-26:00", Calendar);

        Assert.Null(result.Hours);
        Assert.Equal(22, result.ParseError?.Position);
    }
}
