using HalloBot.Domain.Listings;
using HalloBot.Domain.OpeningHours;

namespace HalloBot.Web.Features.Api;

/// <summary>Turns a loaded listing into its API shape, with its open status at one instant.</summary>
public sealed class ListingResponseMapper(OpeningHoursScheduleCache schedules, OpeningHoursCalendar calendar)
{
    /// <param name="siteRoot">The site's absolute root URL ending in <c>/</c>, for the listing page URL.</param>
    public ListingResponse Map(Listing listing, DateTimeOffset at, string siteRoot) => new(
        listing.Slug,
        listing.ExternalId,
        listing.Name,
        [.. listing.OrderedCategories.Select(c => c.Name)],
        listing.District?.Name,
        listing.Description,
        new AddressResponse(listing.Address.Street, listing.Address.PostalCode, listing.Address.City),
        listing.Location is { } point ? new LocationResponse(point.Latitude, point.Longitude) : null,
        listing.Phone,
        listing.Email,
        listing.Website,
        listing.Keywords,
        [.. ListingFeatureCodes.Split(listing.Features).Select(ListingFeatureCodes.ToCode)],
        $"{siteRoot}b/{listing.Slug}",
        DateTime.SpecifyKind(listing.UpdatedAt, DateTimeKind.Utc),
        listing.OpeningHours,
        StatusAt(listing.OpeningHours, at));

    /// <summary>Null when the listing gives no hours: "no hours known" is not the same as "unknown now".</summary>
    private OpenStatusResponse? StatusAt(string? openingHours, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(openingHours))
        {
            return null;
        }

        var schedule = schedules.Get(openingHours);
        if (schedule is null)
        {
            return OpenStatusResponse.Unreadable;
        }

        var status = schedule.StatusAt(at, calendar);
        return new OpenStatusResponse(
            status.State == OpenState.Open,
            status.State == OpenState.Unknown,
            status.Comment,
            status.NextChange is { } next ? TimeZoneInfo.ConvertTime(next, calendar.TimeZone) : null);
    }
}
