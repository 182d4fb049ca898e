using HalloBot.Domain.Exchange;
using HalloBot.Domain.Listings;
using Microsoft.Extensions.Localization;
using C = HalloBot.Domain.Exchange.ListingCsvColumns;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// Checks the listing form with the import's own rules (<see cref="ListingRowValidator"/>): the same limits and
/// the same messages (in the page's language, <see cref="ImportMessageWording"/>), whether a business types its address or the office imports a spreadsheet. The form is
/// turned into one row of the exchange format for that; only what the format does not know (choices from lists,
/// accessibility facts) is checked here.
/// </summary>
public sealed class ListingFormValidator(IStringLocalizer<SharedResource> t, ImportMessageWording wording)
{
    private static readonly ListingCsvHeader Header = ListingCsvHeader.Read(new CsvRecord(1, C.All), [], []);

    public ListingFormResult Validate(ListingFormInput input, ListingFormChoices choices)
    {
        var errors = new List<FieldError>();
        var categoryIds = CategoryIds(input, choices, errors);
        var district = District(input, choices, errors);
        var accessibility = Accessibility(input, errors);

        var importErrors = new List<ImportMessage>();
        var row = new ListingRowValidator(Header, ';').Validate(ToRecord(input, choices, categoryIds, district), importErrors);
        // A category that is not in the list is left out, and the import would then add "a value is needed": one error is enough.
        var ownFields = errors.Select(e => e.Field).ToHashSet();
        errors.InsertRange(0, importErrors
            .Select(e => new FieldError(ListingFormFields.ForColumn(e.Column), wording.Sentence(e.Text)))
            .Where(e => !ownFields.Contains(e.Field)));
        if (row is null || errors.Count > 0)
        {
            return new ListingFormResult(null, errors);
        }

        return new ListingFormResult(new ValidListing(row, categoryIds, district?.Id, accessibility), []);
    }

    private static CsvRecord ToRecord(ListingFormInput input, ListingFormChoices choices, IReadOnlyList<int> categoryIds, ListingFormChoice? district)
    {
        var cells = new Dictionary<string, string?>
        {
            [C.Name] = input.Name,
            [C.Categories] = string.Join(C.ListSeparator, categoryIds.Select(id => choices.CategoryName(id))),
            [C.Description] = input.Description,
            [C.Street] = input.Street,
            [C.PostalCode] = input.PostalCode,
            [C.City] = input.City,
            [C.District] = district?.Name,
            [C.Latitude] = input.Latitude,
            [C.Longitude] = input.Longitude,
            [C.Phone] = input.Phone,
            [C.Email] = input.Email,
            [C.Website] = input.Website,
            [C.OpeningHours] = input.OpeningHours,
            [C.Keywords] = input.Keywords?.Replace(',', C.ListSeparator),
            [C.Features] = string.Join(C.ListSeparator, input.Features),
        };

        // The import takes off the apostrophe an export puts before formula-like text; putting it on here
        // first means a name the business types as "'=Laden" is kept exactly as typed.
        return new CsvRecord(2, C.All.Select(column => Cell(column, cells.GetValueOrDefault(column))).ToList());
    }

    private static string Cell(string column, string? value) =>
        value is null ? "" : column is C.Latitude or C.Longitude ? value : SpreadsheetFormulaGuard.Defuse(value);

    /// <summary>The chosen categories in slot order, each once.</summary>
    private List<int> CategoryIds(ListingFormInput input, ListingFormChoices choices, List<FieldError> errors)
    {
        var ids = new List<int>();
        foreach (var value in input.Categories.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (!int.TryParse(value, out var id) || choices.CategoryName(id) is null)
            {
                errors.Add(new FieldError(ListingFormFields.Categories, t["Business.Error.CategoryNotInList"].Value));
            }
            else if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private ListingFormChoice? District(ListingFormInput input, ListingFormChoices choices, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(input.DistrictId))
        {
            return null;
        }

        if (int.TryParse(input.DistrictId, out var id) && choices.Districts.FirstOrDefault(d => d.Id == id) is { } district)
        {
            return district;
        }

        errors.Add(new FieldError(ListingFormFields.DistrictId, t["Business.Error.DistrictNotInList"].Value));
        return null;
    }

    private AccessibilityFacts Accessibility(ListingFormInput input, List<FieldError> errors)
    {
        if (!AccessibilityFacts.TryParseWheelchair(input.Wheelchair, out var wheelchair))
        {
            errors.Add(new FieldError(ListingFormFields.Wheelchair, t["Business.Error.ChooseFromList"].Value));
        }

        return new AccessibilityFacts
        {
            Wheelchair = wheelchair,
            WheelchairToilet = YesNo(input.WheelchairToilet, ListingFormFields.WheelchairToilet, errors),
            HearingLoop = YesNo(input.HearingLoop, ListingFormFields.HearingLoop, errors),
            Seating = YesNo(input.Seating, ListingFormFields.Seating, errors),
        };
    }

    private bool? YesNo(string? value, string field, List<FieldError> errors)
    {
        switch (value?.Trim())
        {
            case null or "":
                return null;
            case "yes":
                return true;
            case "no":
                return false;
            default:
                errors.Add(new FieldError(field, t["Business.Error.ChooseFromList"].Value));
                return null;
        }
    }
}

/// <summary>What is wrong with one field of a form, in words for the person filling it in.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The checked listing, or the errors (then <see cref="Listing"/> is null).</summary>
public sealed record ListingFormResult(ValidListing? Listing, IReadOnlyList<FieldError> Errors);

/// <summary>A listing form that passed every check: the exchange-format row plus what the format does not carry.</summary>
public sealed record ValidListing(ListingRow Row, IReadOnlyList<int> CategoryIds, int? DistrictId, AccessibilityFacts Accessibility);
