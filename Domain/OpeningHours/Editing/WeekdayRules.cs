namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>Days with the same spans, grouped into one rule each (<c>Mo-Fr 07:00-18:00</c>), in the order to write them.</summary>
internal static class WeekdayRules
{
    public sealed record Group(byte Mask, IReadOnlyList<EditableSpan> Spans);

    /// <summary>
    /// The groups Monday first, except where a night span must outlive the next day's rule: in the syntax a later
    /// rule that names a day decides it from 00:00, so a group whose night span runs into another group's day is
    /// written after that group. Null when the night spans form a circle that no order satisfies.
    /// </summary>
    public static IReadOnlyList<Group>? Order(IReadOnlyList<IReadOnlyList<EditableSpan>> days)
    {
        var groups = Groups(days, out var groupOfDay);
        var mustFollow = new List<int>[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            mustFollow[g] = [];
        }

        for (var day = 0; day < 7; day++)
        {
            var next = (day + 1) % 7;
            if (groupOfDay[day] is { } g && groupOfDay[next] is { } h && g != h && days[day].Any(s => s.IsNightSpan))
            {
                mustFollow[g].Add(h);
            }
        }

        var ordered = new List<Group>(groups.Count);
        var written = new bool[groups.Count];
        while (ordered.Count < groups.Count)
        {
            var ready = Enumerable.Range(0, groups.Count)
                .FirstOrDefault(g => !written[g] && mustFollow[g].All(h => written[h]), -1);
            if (ready < 0)
            {
                return null;
            }

            written[ready] = true;
            ordered.Add(groups[ready]);
        }

        return ordered;
    }

    private static List<Group> Groups(IReadOnlyList<IReadOnlyList<EditableSpan>> days, out int?[] groupOfDay)
    {
        var groups = new List<Group>();
        groupOfDay = new int?[7];
        for (var day = 0; day < 7; day++)
        {
            if (days[day].Count == 0)
            {
                continue;
            }

            var spans = Sorted(days[day]);
            var index = groups.FindIndex(g => g.Spans.SequenceEqual(spans));
            if (index < 0)
            {
                groups.Add(new Group((byte)(1 << day), spans));
                index = groups.Count - 1;
            }
            else
            {
                groups[index] = groups[index] with { Mask = (byte)(groups[index].Mask | (1 << day)) };
            }

            groupOfDay[day] = index;
        }

        return groups;
    }

    public static IReadOnlyList<EditableSpan> Sorted(IReadOnlyList<EditableSpan> spans) =>
        [.. spans.OrderBy(s => s.StartMinutes).ThenBy(s => s.EndMinutes)];
}
