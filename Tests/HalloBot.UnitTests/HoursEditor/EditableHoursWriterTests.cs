using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.OpeningHours.Editing;
using static HalloBot.UnitTests.HoursEditor.EditableHoursBuilder;
using static HalloBot.UnitTests.OpeningHours.StatusAssertions;

namespace HalloBot.UnitTests.HoursEditor;

public sealed class EditableHoursWriterTests
{
    [Fact]
    public void Write_BakerWeekClosedOnHolidays_GroupsEqualDaysIntoRanges()
    {
        var hours = Weekdays("07:00-18:00", sa: "07:00-13:00", closedOnHolidays: true);

        Assert.Equal("Mo-Fr 07:00-18:00; Sa 07:00-13:00; PH off", EditableHoursWriter.Write(hours));
    }

    [Fact]
    public void Write_LunchBreak_WritesTwoSpansInStartOrder()
    {
        var hours = Week(mo: "14:00-18:00,08:00-12:30", we: "08:00-12:30,14:00-18:00");

        Assert.Equal("Mo,We 08:00-12:30,14:00-18:00", EditableHoursWriter.Write(hours));
    }

    [Fact]
    public void Write_DaysApart_ListsThemAndRuns()
    {
        var hours = Week(mo: "09:00-12:00", tu: "09:00-12:00", th: "09:00-12:00", sa: "09:00-12:00", su: "09:00-12:00");

        Assert.Equal("Mo-Tu,Th,Sa-Su 09:00-12:00", EditableHoursWriter.Write(hours));
    }

    [Fact]
    public void Write_SpecialDates_AfterHolidaysInTheGivenOrder()
    {
        var hours = Week(mo: "08:00-18:00", closedOnHolidays: true, specialDates:
            [Date(12, 24, "08:00-12:00"), Range(12, 25, 12, 26), Range(12, 31, 1, 1), Date(8, 15, "00:00-24:00")]);

        Assert.Equal("Mo 08:00-18:00; PH off; Dec 24 08:00-12:00; Dec 25-26 off; Dec 31-Jan 01 off; Aug 15 00:00-24:00",
            EditableHoursWriter.Write(hours));
    }

    [Fact]
    public void Write_MidnightAndWholeDay_Writes24()
    {
        var hours = Week(fr: "18:00-24:00", sa: "00:00-24:00");

        Assert.Equal("Fr 18:00-24:00; Sa 00:00-24:00", EditableHoursWriter.Write(hours));
    }

    [Fact]
    public void Write_NightSpanIntoAnotherGroupsDay_WritesThatGroupFirstSoTheNightSpanKeepsItsMorning()
    {
        var hours = Week(mo: "18:00-01:00", tu: "18:00-01:00", we: "18:00-01:00", th: "18:00-01:00", fr: "18:00-03:00", sa: "18:00-03:00");

        var text = EditableHoursWriter.Write(hours);

        Assert.Equal("Fr-Sa 18:00-03:00; Mo-Th 18:00-01:00", text);
        // Thursday night's span still runs into Friday 00:30, and Saturday's into Sunday 02:30.
        Assert.Equal(OpenState.Open, Status(text, "2026-06-05T00:30:00+02:00").State);
        Assert.Equal(OpenState.Open, Status(text, "2026-06-07T02:30:00+02:00").State);
        Assert.Equal(OpenState.Closed, Status(text, "2026-06-07T03:30:00+02:00").State);
    }

    [Fact]
    public void Write_NoHours_WritesEmptyText()
    {
        Assert.Equal("", EditableHoursWriter.Write(EditableHours.Empty));
    }

    [Fact]
    public void Write_InvalidHours_Throws()
    {
        Assert.Throws<ArgumentException>(() => EditableHoursWriter.Write(Week(mo: "12:00-08:00")));
    }
}
