using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.OpeningHours.Editing;
using static HalloBot.UnitTests.OpeningHours.StatusAssertions;

namespace HalloBot.UnitTests.HoursEditor;

[Properties(Arbitrary = [typeof(EditableHoursGenerators)], MaxTest = 300)]
public sealed class EditableHoursPropertyTests
{
    [Property]
    public void Write_ValidHours_ParsesAndIsCanonical(EditableHours hours)
    {
        var text = EditableHoursWriter.Write(hours);
        if (hours.IsEmpty)
        {
            Assert.Equal("", text);
            return;
        }

        var parsed = OpeningHoursSchedule.TryParse(text);
        Assert.True(parsed.Success, $"{text}: {parsed.Error}");
        Assert.Equal(text, parsed.Schedule!.Text);
    }

    [Property]
    public void Read_WrittenHours_GivesTheSameHoursBack(EditableHours hours)
    {
        var text = EditableHoursWriter.Write(hours);

        var read = EditableHoursReader.Read(text, Calendar);

        Assert.True(read.Hours is not null, $"{text}: {read.ParseError}{read.ExpertOnly}");
        Assert.Equal(hours, read.Hours);
        Assert.Equal(text, EditableHoursWriter.Write(read.Hours));
    }

    [Property]
    public Property Days_WrittenHours_ListWhatTheHoursMean(EditableHours hours) =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 5 * 366)), offset =>
        {
            var schedule = OpeningHoursSchedule.Parse(Text(hours));
            var date = new DateOnly(2024, 1, 1).AddDays(offset);

            var days = schedule.Days(date, 3, Calendar);

            for (var k = 0; k < 3; k++)
            {
                Assert.Equal(HoursOracle.SpansStartingOn(hours, date.AddDays(k), Calendar), days[k].Spans);
            }
        });

    [Property]
    public Property StatusAt_WrittenHours_OpenExactlyWhenTheHoursSay(EditableHours hours) =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 5 * 366)), Arb.From(Gen.Choose(0, 1439)), (offset, minute) =>
        {
            var schedule = OpeningHoursSchedule.Parse(Text(hours));
            var date = new DateOnly(2024, 1, 1).AddDays(offset);
            // The hour the clocks skip or repeat has its own rules (tested with the evaluator).
            if (minute / 60 is 2)
            {
                minute += 60;
            }

            var local = date.ToDateTime(new TimeOnly(minute / 60, minute % 60));
            var instant = new DateTimeOffset(local, Calendar.TimeZone.GetUtcOffset(local));

            var open = schedule.StatusAt(instant, Calendar).State == OpenState.Open;

            Assert.Equal(HoursOracle.IsOpen(hours, date, minute, Calendar), open);
        });

    [Property(Arbitrary = [typeof(OpeningHours.OpeningHoursGenerators)], MaxTest = 1000)]
    public void Read_AnyScheduleTheFormAccepts_WritesTextOfTheSameMeaning(OpeningHours.ScheduleCase schedule, OpeningHours.InstantCase instant)
    {
        var read = EditableHoursReader.Read(schedule.Noisy, Calendar);
        if (read.Hours is not { } hours)
        {
            Assert.True(read.ExpertOnly is not null, read.ParseError?.ToString());
            return;
        }

        var original = OpeningHoursSchedule.Parse(schedule.Plain);
        var written = OpeningHoursSchedule.Parse(Text(hours));
        var date = DateOnly.FromDateTime(instant.Instant.UtcDateTime);

        // Ten days around the instant, in the year of the instant: weekdays, holidays and dates all come round.
        var expected = original.Days(date.AddDays(-5), 10, Calendar);
        var actual = written.Days(date.AddDays(-5), 10, Calendar);
        Assert.Equal(expected.Select(d => d.Spans.Select(s => (s.Start, s.End, s.EndsNextDay, s.State))),
            actual.Select(d => d.Spans.Select(s => (s.Start, s.End, s.EndsNextDay, s.State))));
        Assert.Equal(original.StatusAt(instant.Instant, Calendar).State, written.StatusAt(instant.Instant, Calendar).State);
    }

    // "off" stands for no hours: the evaluator needs some text, and no hours mean closed.
    private static string Text(EditableHours hours) => EditableHoursWriter.Write(hours) is { Length: > 0 } text ? text : "off";
}
