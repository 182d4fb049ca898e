using System.Collections.Concurrent;
using HalloBot.Domain.OpeningHours;

namespace HalloBot.Web.Features.Api;

/// <summary>
/// Parsed opening hours by their text. Most businesses share a handful of strings
/// ("Mo-Fr 09:00-18:00; Sa 09:00-14:00"), so each distinct text is parsed once.
/// </summary>
public sealed class OpeningHoursScheduleCache
{
    // Clearing when full is cruder than LRU but bounded and rare: a city has far fewer distinct strings.
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, OpeningHoursSchedule?> _schedules = new(StringComparer.Ordinal);

    /// <summary>The schedule, or null when the text is outside the supported subset.</summary>
    public OpeningHoursSchedule? Get(string text)
    {
        if (_schedules.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (_schedules.Count >= Capacity)
        {
            _schedules.Clear();
        }

        return _schedules.GetOrAdd(text, static t => OpeningHoursSchedule.TryParse(t).Schedule);
    }
}
