namespace HalloBot.Domain.OpeningHours.Holidays;

/// <summary>
/// Statutory public holidays per German state (the Länder's Feiertagsgesetze), for any year since 1995.
/// Holidays of single municipalities (Augsburger Friedensfest, Mariä Himmelfahrt in Catholic Bavarian
/// communes, Fronleichnam in parts of Saxony and Thuringia) are not counted; Dec 24 and Dec 31 are not
/// public holidays.
/// </summary>
public static class GermanPublicHolidays
{
    public static bool IsHoliday(DateOnly date, GermanState state)
    {
        foreach (var holiday in InYear(date.Year, state))
        {
            if (holiday.Date == date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The public holidays of <paramref name="year"/> in <paramref name="state"/>, in date order.</summary>
    public static IReadOnlyList<PublicHoliday> InYear(int year, GermanState state)
    {
        var key = (year, state);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var holidays = Compute(year, state);
        Cache.TryAdd(key, holidays);
        return holidays;
    }

    // A list page asks for the same few years over and over; a year's list is small and never changes.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, GermanState), PublicHoliday[]> Cache = new();

    private static PublicHoliday[] Compute(int year, GermanState state)
    {
        var easter = Easter.Sunday(year);
        var list = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), "Neujahr"),
            new(easter.AddDays(-2), "Karfreitag"),
            new(easter.AddDays(1), "Ostermontag"),
            new(new DateOnly(year, 5, 1), "Tag der Arbeit"),
            new(easter.AddDays(39), "Christi Himmelfahrt"),
            new(easter.AddDays(50), "Pfingstmontag"),
            new(new DateOnly(year, 10, 3), "Tag der Deutschen Einheit"),
            new(new DateOnly(year, 12, 25), "1. Weihnachtstag"),
            new(new DateOnly(year, 12, 26), "2. Weihnachtstag"),
        };

        if (state is GermanState.BW or GermanState.BY or GermanState.ST)
        {
            list.Add(new(new DateOnly(year, 1, 6), "Heilige Drei Könige"));
        }

        if ((state == GermanState.BE && year >= 2019) || (state == GermanState.MV && year >= 2023))
        {
            list.Add(new(new DateOnly(year, 3, 8), "Internationaler Frauentag"));
        }

        // Berlin's one-off holidays for the 75th and 80th anniversary of the end of the war.
        if (state == GermanState.BE && year is 2020 or 2025)
        {
            list.Add(new(new DateOnly(year, 5, 8), "Tag der Befreiung"));
        }

        // Berlin's one-off holiday for the 75th anniversary of the uprising of 17 June 1953 (GVBl. 2024 S. 460).
        if (state == GermanState.BE && year == 2028)
        {
            list.Add(new(new DateOnly(year, 6, 17), "Jahrestag des Volksaufstandes vom 17. Juni 1953"));
        }

        // Only Brandenburg's law (FTG § 2) names Easter Sunday and Whit Sunday as holidays of their own; Hesse's
        // (HFeiertagsG § 1) counts them only as the Sundays they are, like every other state.
        if (state == GermanState.BB)
        {
            list.Add(new(easter, "Ostersonntag"));
            list.Add(new(easter.AddDays(49), "Pfingstsonntag"));
        }

        if (state is GermanState.BW or GermanState.BY or GermanState.HE or GermanState.NW or GermanState.RP or GermanState.SL)
        {
            list.Add(new(easter.AddDays(60), "Fronleichnam"));
        }

        if (state == GermanState.SL)
        {
            list.Add(new(new DateOnly(year, 8, 15), "Mariä Himmelfahrt"));
        }

        if (state == GermanState.TH && year >= 2019)
        {
            list.Add(new(new DateOnly(year, 9, 20), "Weltkindertag"));
        }

        if (IsReformationDay(year, state))
        {
            list.Add(new(new DateOnly(year, 10, 31), "Reformationstag"));
        }

        if (state is GermanState.BW or GermanState.BY or GermanState.NW or GermanState.RP or GermanState.SL)
        {
            list.Add(new(new DateOnly(year, 11, 1), "Allerheiligen"));
        }

        if (state == GermanState.SN)
        {
            list.Add(new(RepentanceDay(year), "Buß- und Bettag"));
        }

        list.Sort((x, y) => x.Date.CompareTo(y.Date));
        return [.. list];
    }

    private static bool IsReformationDay(int year, GermanState state) =>
        state is GermanState.BB or GermanState.MV or GermanState.SN or GermanState.ST or GermanState.TH
        || (year >= 2018 && state is GermanState.HB or GermanState.HH or GermanState.NI or GermanState.SH)
        || year == 2017; // 500 years of the Reformation: a holiday in every state that year.

    /// <summary>The Wednesday before 23 November.</summary>
    private static DateOnly RepentanceDay(int year)
    {
        var date = new DateOnly(year, 11, 22);
        while (date.DayOfWeek != DayOfWeek.Wednesday)
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}

/// <summary>A public holiday with its German name.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);
