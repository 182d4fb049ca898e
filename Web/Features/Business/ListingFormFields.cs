using C = HalloBot.Domain.Exchange.ListingCsvColumns;

namespace HalloBot.Web.Features.Business;

/// <summary>The form's field names, the exchange-format column each one fills, and the label's resource key.</summary>
public static class ListingFormFields
{
    public const string Name = nameof(ListingFormInput.Name);
    public const string Categories = nameof(ListingFormInput.Categories);
    public const string Description = nameof(ListingFormInput.Description);
    public const string Street = nameof(ListingFormInput.Street);
    public const string PostalCode = nameof(ListingFormInput.PostalCode);
    public const string City = nameof(ListingFormInput.City);
    public const string DistrictId = nameof(ListingFormInput.DistrictId);
    public const string Latitude = nameof(ListingFormInput.Latitude);
    public const string Longitude = nameof(ListingFormInput.Longitude);
    public const string Phone = nameof(ListingFormInput.Phone);
    public const string Email = nameof(ListingFormInput.Email);
    public const string Website = nameof(ListingFormInput.Website);
    public const string OpeningHours = nameof(ListingFormInput.OpeningHours);
    public const string Keywords = nameof(ListingFormInput.Keywords);
    public const string Features = nameof(ListingFormInput.Features);
    public const string Wheelchair = nameof(ListingFormInput.Wheelchair);
    public const string WheelchairToilet = nameof(ListingFormInput.WheelchairToilet);
    public const string HearingLoop = nameof(ListingFormInput.HearingLoop);
    public const string Seating = nameof(ListingFormInput.Seating);

    private static readonly Dictionary<string, string> ByColumn = new(StringComparer.OrdinalIgnoreCase)
    {
        [C.Name] = Name,
        [C.Categories] = Categories,
        [C.Description] = Description,
        [C.Street] = Street,
        [C.PostalCode] = PostalCode,
        [C.City] = City,
        [C.District] = DistrictId,
        [C.Latitude] = Latitude,
        [C.Longitude] = Longitude,
        [C.Phone] = Phone,
        [C.Email] = Email,
        [C.Website] = Website,
        [C.OpeningHours] = OpeningHours,
        [C.Keywords] = Keywords,
        [C.Features] = Features,
    };

    /// <summary>
    /// The resource key naming a field of the audit trail (<see cref="HalloBot.Domain.Audit.ListingAuditor"/>), or null
    /// for a field this page does not know (then the trail shows the field's own name).
    /// </summary>
    public static string? AuditLabelKey(string auditField) => auditField switch
    {
        HalloBot.Domain.Audit.ListingAuditor.Wheelchair => LabelKey(Wheelchair),
        HalloBot.Domain.Audit.ListingAuditor.WheelchairToilet => LabelKey(WheelchairToilet),
        HalloBot.Domain.Audit.ListingAuditor.HearingLoop => LabelKey(HearingLoop),
        HalloBot.Domain.Audit.ListingAuditor.Seating => LabelKey(Seating),
        C.Status => "Business.Field.Status",
        C.District => LabelKey(DistrictId),
        Photos.PhotoAudit.Field => "Business.Nav.Photos",
        _ when ByColumn.TryGetValue(auditField, out var field) => LabelKey(field),
        _ => null,
    };

    /// <summary>The form field an import message about <paramref name="column"/> belongs to.</summary>
    public static string ForColumn(string? column) =>
        column is not null && ByColumn.TryGetValue(column, out var field) ? field : Name;

    /// <summary>The id of the (first) input of a field, where the error summary links to.</summary>
    public static string InputId(string field) => field switch
    {
        Categories => "Categories-0",
        OpeningHours => ListingHours.EditorId,
        Features => "Features-0",
        Wheelchair or WheelchairToilet or HearingLoop or Seating => $"{field}-unknown",
        _ => field,
    };

    /// <summary>The resource key of a field's label: <c>Business.Field.PostalCode</c>.</summary>
    public static string LabelKey(string field) => $"Business.Field.{field}";
}
