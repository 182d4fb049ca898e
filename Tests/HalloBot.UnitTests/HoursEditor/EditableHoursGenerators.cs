using FsCheck;
using FsCheck.Fluent;
using HalloBot.Domain.OpeningHours.Editing;

namespace HalloBot.UnitTests.HoursEditor;

/// <summary>Valid <see cref="EditableHours"/>: breaks, night spans, midnight, whole days, holidays, special dates.</summary>
public static class EditableHoursGenerators
{
    public static Arbitrary<EditableHours> Hours() => Arb.From(HoursGen);

    private static Gen<EditableHours> HoursGen =>
        (from days in DayGen.ListOf(7)
         from holidays in Gen.Elements(true, false)
         from dateCount in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 3)))
         from dates in SpecialDateGen.ListOf(dateCount)
         select new EditableHours([.. days], holidays, [.. dates]))
        .Where(EditableHoursValidator.IsValid);

    private static Gen<IReadOnlyList<EditableSpan>> DayGen => Gen.Frequency(
        (2, Gen.Constant<IReadOnlyList<EditableSpan>>([])),
        (1, Gen.Constant<IReadOnlyList<EditableSpan>>([new EditableSpan(TimeOnly.MinValue, TimeOnly.MinValue)])),
        (8, from count in Gen.Frequency((4, Gen.Constant(1)), (4, Gen.Constant(2)), (1, Gen.Choose(3, 5)))
            from night in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            from spans in SpansGen(count, night)
            select spans));

    /// <summary>Sorted, non-touching spans; the last one may end at midnight or run into the night.</summary>
    private static Gen<IReadOnlyList<EditableSpan>> SpansGen(int count, bool night) =>
        from points in Gen.Frequency((3, Gen.Choose(24, 95).Select(q => q * 15)), (1, Gen.Choose(360, 1439))).ListOf(count * 2)
        from nightEnd in Gen.Frequency((3, Gen.Choose(1, 24).Select(q => q * 15)), (1, Gen.Choose(1, 359)))
        from midnight in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        let sorted = points.Distinct().Order().ToList()
        where sorted.Count == count * 2
        select (IReadOnlyList<EditableSpan>)[.. Enumerable.Range(0, count).Select(i =>
        {
            var last = i == count - 1;
            var end = last && night ? nightEnd : last && midnight ? 0 : sorted[(2 * i) + 1];
            return new EditableSpan(Time(sorted[2 * i]), Time(end));
        })];

    private static Gen<SpecialDate> SpecialDateGen =>
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 31)
        from form in Gen.Choose(0, 2)
        from length in Gen.Choose(1, 40)
        from count in Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
        from spans in SpansGen(count, night: false)
        let first = new YearlyDate(month, Math.Min(day, YearlyDate.MaxDay(month)))
        let last = form switch
        {
            0 => first,
            1 => new YearlyDate(month, Math.Min(first.Day + (length % 5), YearlyDate.MaxDay(month))),
            _ => Later(first, length),
        }
        select new SpecialDate(first, last, spans);

    private static YearlyDate Later(YearlyDate from, int days)
    {
        var date = new DateOnly(2028, from.Month, from.Day).AddDays(days);
        return new YearlyDate(date.Month, date.Day);
    }

    private static TimeOnly Time(int minutes) => new(minutes / 60 % 24, minutes % 60);
}
