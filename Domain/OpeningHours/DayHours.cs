namespace HalloBot.Domain.OpeningHours;

/// <summary>One local day of a week table: the spans that start on it, in local wall-clock time.</summary>
public sealed record DayHours(DateOnly Date, bool IsPublicHoliday, IReadOnlyList<HoursSpan> Spans);

/// <summary>
/// A span of a day. <see cref="End"/> may be past midnight (then <see cref="EndsNextDay"/> is true);
/// an all-day span is 00:00–00:00 with <see cref="EndsNextDay"/>.
/// </summary>
public sealed record HoursSpan(TimeOnly Start, TimeOnly End, bool EndsNextDay, OpenState State, string? Comment);
