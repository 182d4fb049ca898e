using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Offers;

/// <summary>
/// Something a listed shop offers: shown on the listing page, on a page of its own and in search, and,
/// when <see cref="IsReservable"/>, reservable for pick-up. Kept by the listing's members.
/// </summary>
/// <remarks>
/// The validity dates are calendar days in the city's time zone, both inclusive; an offer without
/// <see cref="ValidTo"/> runs until the shop ends it.
/// </remarks>
public sealed class Offer
{
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 4000;

    /// <summary>Photos an offer may have.</summary>
    public const int MaxPhotos = 5;

    /// <summary>Longest time a shop may promise to hold a reserved item.</summary>
    public const int MaxHoldDays = 14;

    public const int DefaultHoldDays = 3;

    private Offer()
    {
    }

    public Offer(int listingId, string title, OfferPrice price, DateOnly validFrom, DateTime utcNow)
    {
        ListingId = listingId;
        Title = title;
        Price = price;
        ValidFrom = validFrom;
        CreatedAt = utcNow;
        UpdatedAt = utcNow;
    }

    public int Id { get; private set; }
    public int ListingId { get; private set; }
    public Listing Listing { get; private set; } = null!;
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public OfferPrice Price { get; set; } = OfferPrice.OnRequest;
    public OfferAvailability Availability { get; set; } = OfferAvailability.Available;

    /// <summary>First day the offer is shown (inclusive).</summary>
    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day the offer is shown (inclusive); null while it runs without an end.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>Whether residents may ask the shop to hold the item for pick-up.</summary>
    public bool IsReservable { get; set; }

    /// <summary>Days the shop holds a reserved item for pick-up (1 to <see cref="MaxHoldDays"/> when reservable).</summary>
    public int HoldDays { get; set; } = DefaultHoldDays;

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Shown on <paramref name="day"/> (the city's calendar day): within its validity. A sold-out offer stays visible, marked so.</summary>
    public bool IsVisibleOn(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);

    /// <summary>Shown at <paramref name="instant"/>, judged by the calendar day in <paramref name="cityTimeZone"/>.</summary>
    public bool IsVisibleAt(DateTimeOffset instant, TimeZoneInfo cityTimeZone) =>
        IsVisibleOn(CityDay(instant, cityTimeZone));

    /// <summary>A resident may reserve it on <paramref name="day"/>: reservable, visible and not sold out.</summary>
    public bool CanBeReservedOn(DateOnly day) =>
        IsReservable && Availability != OfferAvailability.SoldOut && IsVisibleOn(day);

    /// <summary>Over for good on <paramref name="day"/>: its last day has passed.</summary>
    public bool HasEndedBy(DateOnly day) => ValidTo is { } last && day > last;

    /// <summary>Marks an edit; the listing page and search show the time of the last one.</summary>
    public void Touch(DateTime utcNow) => UpdatedAt = utcNow;

    public static DateOnly CityDay(DateTimeOffset instant, TimeZoneInfo cityTimeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, cityTimeZone).DateTime);
}
