using System.Collections.Concurrent;

namespace HalloBot.Domain.OpeningHours;

/// <summary>
/// Parsed schedules by their text. Many listings share the same hours and pages ask for them on every
/// request, so each distinct text is parsed once. A failed parse is remembered too.
/// </summary>
public sealed class OpeningHoursScheduleCache
{
    // Distinct texts are few in practice; the cap only keeps a pathological data set from growing memory.
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, OpeningHoursSchedule?> _schedules = new(StringComparer.Ordinal);

    /// <summary>The schedule for <paramref name="text"/>, or null when there is none or it does not parse.</summary>
    public OpeningHoursSchedule? Get(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (_schedules.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (_schedules.Count >= MaxEntries)
        {
            _schedules.Clear();
        }

        return _schedules.GetOrAdd(text, static t => OpeningHoursSchedule.TryParse(t).Schedule);
    }
}
