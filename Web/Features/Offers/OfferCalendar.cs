using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.Offers;

namespace HalloBot.Web.Features.Offers;

/// <summary>Today in the city, by the injected clock: what offer validity is judged by.</summary>
public sealed class OfferCalendar(TimeProvider time, OpeningHoursCalendar calendar)
{
    public DateOnly Today => Offer.CityDay(time.GetUtcNow(), calendar.TimeZone);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
