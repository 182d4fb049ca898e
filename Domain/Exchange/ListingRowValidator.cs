using System.Globalization;
using System.Net.Mail;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.OpeningHours;
using C = HalloBot.Domain.Exchange.ListingCsvColumns;

namespace HalloBot.Domain.Exchange;

/// <summary>Checks one row of the exchange format and turns it into a <see cref="ListingRow"/>, naming every mistake.</summary>
public sealed class ListingRowValidator(ListingCsvHeader header, char delimiter)
{
    public const int ExternalIdMaxLength = 100;
    public const int PhoneMaxLength = 50;
    public const int EmailMaxLength = 254;
    public const int WebsiteMaxLength = 500;
    public const int OpeningHoursMaxLength = 1000;

    /// <summary>The valid row, or null after adding each of its errors to <paramref name="errors"/>.</summary>
    public ListingRow? Validate(CsvRecord record, ICollection<ImportMessage> errors)
    {
        var check = new RowCheck(header, record, errors);
        if (record.Problem is { } problem)
        {
            check.Error(header.ColumnName(problem.FieldIndex), problem.Message);
        }

        for (var i = header.Count; i < record.Fields.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(record.Fields[i]))
            {
                check.Error(header.ColumnName(i), ExchangeMessages.BeyondHeader(record.Fields[i]));
            }
        }

        var (externalId, listingId) = CheckExternalId(check);
        var name = check.SingleLine(C.Name, Listing.NameMaxLength, required: true);
        var categories = CheckCategories(check);
        var description = CheckDescription(check);
        var street = check.SingleLine(C.Street, PostalAddress.StreetMaxLength, required: true);
        var postalCode = CheckPostalCode(check);
        var city = check.SingleLine(C.City, PostalAddress.CityMaxLength, required: true);
        var district = check.SingleLine(C.District, District.NameMaxLength);
        var location = CheckLocation(check);
        var phone = check.SingleLine(C.Phone, PhoneMaxLength);
        var email = CheckEmail(check);
        var website = CheckWebsite(check);
        var openingHours = CheckOpeningHours(check);
        var keywords = SplitList(check.SingleLine(C.Keywords, maxLength: null));
        var features = CheckFeatures(check);
        var status = CheckStatus(check);

        if (check.HasErrors)
        {
            return null;
        }

        return new ListingRow
        {
            Row = record.Row,
            ExternalId = externalId,
            ListingId = listingId,
            Name = name!,
            Categories = categories,
            Description = description,
            Address = new PostalAddress(street!, postalCode!, city!),
            District = district,
            Location = location,
            Phone = phone,
            Email = email,
            Website = website,
            OpeningHours = openingHours,
            Keywords = keywords,
            Features = features,
            Status = status,
        };
    }

    private static (string? ExternalId, int? ListingId) CheckExternalId(RowCheck check)
    {
        var value = check.SingleLine(C.ExternalId, ExternalIdMaxLength);
        if (value is null || !ReservedExternalId.IsReserved(value))
        {
            return (value, null);
        }

        if (ReservedExternalId.TryParse(value, out var listingId))
        {
            return (null, listingId);
        }

        check.Error(C.ExternalId, ExchangeMessages.ReservedPrefixMisused(value));
        return (null, null);
    }

    private static List<string> CheckCategories(RowCheck check)
    {
        var value = check.SingleLine(C.Categories, maxLength: null, required: true);
        var categories = SplitList(value);
        if (value is not null && categories.Count == 0)
        {
            check.Error(C.Categories, ExchangeMessages.NoCategory(value));
        }

        foreach (var tooLong in categories.Where(c => c.Length > Category.NameMaxLength))
        {
            check.Error(C.Categories, ExchangeMessages.CategoryTooLong(tooLong, Category.NameMaxLength));
        }

        return categories;
    }

    private static string CheckDescription(RowCheck check)
    {
        // Line breaks stay, but always as "\n": an export from Windows and one from Linux then compare equal.
        var description = check.Cell(C.Description).ReplaceLineEndings("\n").Trim();
        if (description.Length > Listing.DescriptionMaxLength)
        {
            check.Error(C.Description, ExchangeMessages.TooLong(description.Length, Listing.DescriptionMaxLength));
        }

        return description;
    }

    private static string? CheckPostalCode(RowCheck check)
    {
        var value = check.SingleLine(C.PostalCode, maxLength: null, required: true);
        if (value is not null && !(value.Length == 5 && value.All(char.IsAsciiDigit)))
        {
            check.Error(C.PostalCode, ExchangeMessages.NotAPostalCode(value));
        }

        return value;
    }

    private GeoPoint? CheckLocation(RowCheck check)
    {
        var latitude = ParseCoordinate(check, C.Latitude, 90);
        var longitude = ParseCoordinate(check, C.Longitude, 180);
        var latitudeGiven = check.Cell(C.Latitude).Trim().Length > 0;
        var longitudeGiven = check.Cell(C.Longitude).Trim().Length > 0;
        if (latitudeGiven && !longitudeGiven)
        {
            check.Error(C.Longitude, ExchangeMessages.CoordinateMissing(C.Latitude));
        }
        else if (longitudeGiven && !latitudeGiven)
        {
            check.Error(C.Latitude, ExchangeMessages.CoordinateMissing(C.Longitude));
        }

        return latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null;
    }

    private double? ParseCoordinate(RowCheck check, string column, double limit)
    {
        var text = check.Cell(column).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var normalized = text;
        if (text.Contains(',') && !text.Contains('.'))
        {
            if (delimiter != ';')
            {
                check.Error(column, ExchangeMessages.DecimalCommaWithCommaDelimiter(text));
                return null;
            }

            normalized = text.Replace(',', '.');
        }

        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!double.TryParse(normalized, style, CultureInfo.InvariantCulture, out var value))
        {
            check.Error(column, ExchangeMessages.NotACoordinate(text));
            return null;
        }

        if (value < -limit || value > limit)
        {
            check.Error(column, ExchangeMessages.CoordinateOutOfRange(text, limit));
            return null;
        }

        return value;
    }

    private static string? CheckEmail(RowCheck check)
    {
        var value = check.SingleLine(C.Email, EmailMaxLength);
        if (value is not null && !IsEmailAddress(value))
        {
            check.Error(C.Email, ExchangeMessages.NotAnEmailAddress(value));
        }

        return value;
    }

    private static bool IsEmailAddress(string value)
    {
        // MailAddress also accepts "Name <a@b.de>" and quoted local parts; only the bare address is wanted.
        if (!MailAddress.TryCreate(value, out var address) || address.Address != value || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var host = address.Host;
        return host.Contains('.') && !host.StartsWith('.') && !host.EndsWith('.');
    }

    private static string? CheckWebsite(RowCheck check)
    {
        var value = check.SingleLine(C.Website, WebsiteMaxLength);
        if (value is not null
            && !(Uri.TryCreate(value, UriKind.Absolute, out var uri)
                 && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                 && uri.Host.Length > 0))
        {
            check.Error(C.Website, ExchangeMessages.NotAWebsite(value));
        }

        return value;
    }

    private static string? CheckOpeningHours(RowCheck check)
    {
        var value = check.SingleLine(C.OpeningHours, OpeningHoursMaxLength);
        if (value is null)
        {
            return null;
        }

        var result = OpeningHoursSchedule.TryParse(value);
        if (result.Error is { } error)
        {
            check.Error(C.OpeningHours, ExchangeMessages.OpeningHoursNotUnderstood(value, error.Position + 1, error.Message));
            return null;
        }

        return value;
    }

    private static ListingFeatures CheckFeatures(RowCheck check)
    {
        var features = ListingFeatures.None;
        foreach (var code in SplitList(check.SingleLine(C.Features, maxLength: null)))
        {
            if (ListingFeatureCodes.TryParse(code, out var feature))
            {
                features |= feature;
            }
            else
            {
                check.Error(C.Features, ExchangeMessages.NotAFeature(code));
            }
        }

        return features;
    }

    private static ListingStatus CheckStatus(RowCheck check)
    {
        var value = check.SingleLine(C.Status, maxLength: null);
        switch (value?.ToLowerInvariant())
        {
            case null or "published":
                return ListingStatus.Published;
            case "draft":
                return ListingStatus.Draft;
            default:
                check.Error(C.Status, ExchangeMessages.NotAStatus(value!));
                return ListingStatus.Draft;
        }
    }

    /// <summary>Entries separated by <c>|</c>, trimmed, empty and repeated ones (ignoring case) left out.</summary>
    private static List<string> SplitList(string? value) =>
        value is null
            ? []
            : value.Split(C.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();

    /// <summary>Coordinates are numbers, which an export never guards; every other column may carry the apostrophe.</summary>
    internal static string Restore(string column, string cell) =>
        column is C.Latitude or C.Longitude ? cell : SpreadsheetFormulaGuard.Restore(cell);

    /// <summary>The cells of one row and the errors found in them so far.</summary>
    private sealed class RowCheck(ListingCsvHeader header, CsvRecord record, ICollection<ImportMessage> errors)
    {
        public bool HasErrors { get; private set; }

        /// <summary>The cell's text, with the apostrophe an export puts before formula-like text taken off again.</summary>
        public string Cell(string column) => Restore(column, header.Cell(record, column));

        public void Error(string column, string text)
        {
            HasErrors = true;
            errors.Add(new ImportMessage(record.Row, column, text));
        }

        /// <summary>The trimmed value, or null where empty; a line break or too many characters are errors.</summary>
        public string? SingleLine(string column, int? maxLength, bool required = false)
        {
            var value = Cell(column).Trim();
            if (value.Length == 0)
            {
                if (required)
                {
                    Error(column, ExchangeMessages.ValueRequired);
                }

                return null;
            }

            if (value.Contains('\n') || value.Contains('\r'))
            {
                Error(column, ExchangeMessages.LineBreak);
            }
            else if (value.Length > maxLength)
            {
                Error(column, ExchangeMessages.TooLong(value.Length, maxLength.Value));
            }

            return value;
        }
    }
}
