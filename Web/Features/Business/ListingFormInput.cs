namespace HalloBot.Web.Features.Business;

/// <summary>
/// The listing form as posted: every field as typed, so that a wrong value comes back to the member as they
/// wrote it, with the error beside it. <see cref="ListingFormValidator"/> turns it into typed values.
/// </summary>
public sealed class ListingFormInput
{
    /// <summary>How many category choices the form offers; the first is the main category.</summary>
    public const int CategorySlots = 5;

    public string? Name { get; set; }

    /// <summary>Category ids in the order chosen; empty slots are left out.</summary>
    public List<string?> Categories { get; set; } = [];

    public string? Description { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? DistrictId { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? OpeningHours { get; set; }

    /// <summary>Separated by commas.</summary>
    public string? Keywords { get; set; }

    /// <summary>Feature codes of the exchange format (<c>delivery</c>, …).</summary>
    public List<string> Features { get; set; } = [];

    /// <summary><c>yes</c>, <c>limited</c>, <c>no</c>, or empty for "not known".</summary>
    public string? Wheelchair { get; set; }

    /// <summary><c>yes</c>, <c>no</c>, or empty for "not known"; likewise the two below.</summary>
    public string? WheelchairToilet { get; set; }

    public string? HearingLoop { get; set; }
    public string? Seating { get; set; }
}
