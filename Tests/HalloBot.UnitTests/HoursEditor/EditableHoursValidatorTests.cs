using HalloBot.Domain.OpeningHours.Editing;
using static HalloBot.UnitTests.HoursEditor.EditableHoursBuilder;

namespace HalloBot.UnitTests.HoursEditor;

public sealed class EditableHoursValidatorTests
{
    [Fact]
    public void Validate_TypicalBakery_HasNoErrors()
    {
        var hours = Week(mo: "06:30-12:30,14:00-18:00", sa: "06:30-13:00", su: "08:00-11:00", closedOnHolidays: true,
            specialDates: [Date(12, 24, "06:30-12:00"), Range(12, 25, 12, 26), Range(12, 31, 1, 1)]);

        Assert.Empty(EditableHoursValidator.Validate(hours));
    }

    [Theory]
    [InlineData("08:00-08:00", "Days[0].Spans[0].End", EditableHoursErrorCode.EndEqualsStart)]
    [InlineData("12:00-08:00", "Days[0].Spans[0].End", EditableHoursErrorCode.EndBeforeStart)]
    [InlineData("18:00-06:01", "Days[0].Spans[0].End", EditableHoursErrorCode.EndBeforeStart)]
    [InlineData("08:00-12:00,11:00-13:00", "Days[0].Spans[1].Start", EditableHoursErrorCode.SpansOverlap)]
    [InlineData("11:00-13:00,08:00-12:00", "Days[0].Spans[0].Start", EditableHoursErrorCode.SpansOverlap)]
    [InlineData("18:00-02:00,20:00-22:00", "Days[0].Spans[1].Start", EditableHoursErrorCode.SpansOverlap)]
    [InlineData("00:00-24:00,08:00-09:00", "Days[0].Spans[1].Start", EditableHoursErrorCode.SpansOverlap)]
    [InlineData("06:00-07:00,08:00-09:00,10:00-11:00,12:00-13:00,14:00-15:00,16:00-17:00", "Days[0]", EditableHoursErrorCode.TooManySpans)]
    public void Validate_MondaySpans_ReportsTheFieldAndCode(string monday, string field, EditableHoursErrorCode code)
    {
        var error = Assert.Single(EditableHoursValidator.Validate(Week(mo: monday)));

        Assert.Equal(new EditableHoursError(field, code), error);
    }

    [Theory]
    [InlineData("18:00-06:00")]
    [InlineData("22:00-01:30")]
    [InlineData("08:00-12:00,12:00-18:00")]
    [InlineData("00:00-24:00")]
    [InlineData("06:00-07:00,08:00-09:00,10:00-11:00,12:00-13:00,14:00-15:00")]
    public void Validate_AcceptedMondaySpans_HasNoErrors(string monday)
    {
        Assert.Empty(EditableHoursValidator.Validate(Week(mo: monday)));
    }

    [Fact]
    public void Validate_NightSpanIntoNextDaysSpan_ReportsTheNightSpansEnd()
    {
        var errors = EditableHoursValidator.Validate(Week(su: "20:00-02:00", mo: "01:00-04:00"));

        Assert.Equal([new EditableHoursError("Days[6].Spans[0].End", EditableHoursErrorCode.NightSpanOverlapsNextDay)], errors);
    }

    [Fact]
    public void Validate_NightSpansInACircleOfGroups_CannotBeWritten()
    {
        // Thursday's night runs into Friday's group, Saturday's into Sunday's: no order of the two rules keeps both.
        var hours = Week(mo: "18:00-01:00", tu: "18:00-01:00", we: "18:00-01:00", th: "18:00-01:00", fr: "18:00-03:00",
            sa: "18:00-03:00", su: "18:00-01:00");

        Assert.Equal([new EditableHoursError("Days", EditableHoursErrorCode.NightSpansCannotBeWritten)], EditableHoursValidator.Validate(hours));
    }

    [Fact]
    public void Validate_SameNightSpanEveryDay_IsOneRuleAndValid()
    {
        var night = "18:00-02:00";

        Assert.Empty(EditableHoursValidator.Validate(Week(night, night, night, night, night, night, night)));
    }

    [Fact]
    public void Validate_BadSpecialDates_ReportsEachField()
    {
        var hours = Week(specialDates:
        [
            Date(4, 31),
            Range(12, 26, 12, 24),
            Range(12, 20, 12, 27),
            Range(12, 24, 12, 24, "10:00-14:00"),
            Date(12, 31, "20:00-02:00"),
            Range(12, 30, 1, 2),
        ]);

        Assert.Equal(
        [
            new EditableHoursError("SpecialDates[0].From", EditableHoursErrorCode.DateInvalid),
            new EditableHoursError("SpecialDates[0].To", EditableHoursErrorCode.DateInvalid),
            new EditableHoursError("SpecialDates[1].To", EditableHoursErrorCode.DateRangeBackwards),
            new EditableHoursError("SpecialDates[3].From", EditableHoursErrorCode.SpecialDatesOverlap),
            new EditableHoursError("SpecialDates[4].Spans[0].End", EditableHoursErrorCode.SpecialDateSpanPastMidnight),
            new EditableHoursError("SpecialDates[5].From", EditableHoursErrorCode.SpecialDatesOverlap),
        ], EditableHoursValidator.Validate(hours));
    }

    [Fact]
    public void Validate_RangeAcrossNewYear_IsValid()
    {
        Assert.Empty(EditableHoursValidator.Validate(Week(specialDates: [Range(12, 24, 1, 6), Range(1, 7, 12, 23)])));
    }

    [Fact]
    public void Validate_RangeBackToItsOwnMonth_IsBackwardsAsInTheSyntax()
    {
        // The syntax refuses "Jan 02-Jan 01" as well; a whole year is no special date.
        Assert.Equal([new EditableHoursError("SpecialDates[0].To", EditableHoursErrorCode.DateRangeBackwards)],
            EditableHoursValidator.Validate(Week(specialDates: [Range(1, 2, 1, 1)])));
    }

    [Fact]
    public void Validate_TooManySpecialDates_ReportsTheList()
    {
        var dates = Enumerable.Range(1, EditableHours.MaxSpecialDates + 1).Select(day => Date(1, day)).ToArray();

        Assert.Equal([new EditableHoursError("SpecialDates", EditableHoursErrorCode.TooManySpecialDates)],
            EditableHoursValidator.Validate(Week(specialDates: dates)));
    }
}
