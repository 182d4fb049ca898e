using System.Globalization;
using System.Net.Mail;

namespace HalloBot.Domain.Reservations;

/// <summary>
/// Checks the reservation form field by field and turns it into a <see cref="ReservationRequest"/>, or says what is
/// wrong where. Dates are days in the region's local calendar: <paramref name="today"/> is the caller's.
/// </summary>
public static class ReservationFormValidator
{
    public static (ReservationRequest? Request, IReadOnlyList<ReservationFieldError> Errors) Validate(
        ReservationForm form, DateOnly today, DateOnly? offerLastDay, string culture)
    {
        var errors = new List<ReservationFieldError>();
        var name = Text(form.Name, ReservationFields.Name, ReservationRules.NameMaxLength, required: true, singleLine: true, errors);
        if (name.Length > 0 && name.IndexOfAny(['<', '>']) >= 0)
        {
            // Encoded on output anyway; refused because no name has angle brackets and a shop should not be shown markup.
            errors.Add(new ReservationFieldError(ReservationFields.Name, ReservationFieldProblem.MarkupCharacters));
        }

        var email = Text(form.Email, ReservationFields.Email, ReservationRules.EmailMaxLength, required: true, singleLine: true, errors);
        if (email.Length > 0 && !IsEmailAddress(email))
        {
            // A line break in an address is an attempt at mail headers, not a typo in a text: say what the field needs.
            errors.RemoveAll(e => e is { Field: ReservationFields.Email, Problem: ReservationFieldProblem.ControlCharacters });
            if (!errors.Any(e => e.Field == ReservationFields.Email))
            {
                errors.Add(new ReservationFieldError(ReservationFields.Email, ReservationFieldProblem.NotAnEmailAddress));
            }
        }

        var phone = Text(form.Phone, ReservationFields.Phone, ReservationRules.PhoneMaxLength, required: false, singleLine: true, errors);
        if (phone.Length > 0 && !errors.Any(e => e.Field == ReservationFields.Phone) && !IsPhoneNumber(phone))
        {
            errors.Add(new ReservationFieldError(ReservationFields.Phone, ReservationFieldProblem.NotAPhoneNumber));
        }

        var quantity = Quantity(form.Quantity, errors);
        var date = PickupDate(form.PreferredPickupDate, today, offerLastDay, errors);
        var message = Text(form.Message, ReservationFields.Message, ReservationRules.MessageMaxLength, required: false, singleLine: false, errors);

        return errors.Count > 0
            ? (null, errors)
            : (new ReservationRequest(name, email, phone.Length == 0 ? null : phone, quantity, date, message.Length == 0 ? null : message, culture), []);
    }

    private static string Text(string? value, string field, int maxLength, bool required, bool singleLine, List<ReservationFieldError> errors)
    {
        var text = (value ?? "").Trim().ReplaceLineEndings("\n");
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(new ReservationFieldError(field, ReservationFieldProblem.Required));
            }
        }
        else if (text.Length > maxLength)
        {
            errors.Add(new ReservationFieldError(field, ReservationFieldProblem.TooLong, maxLength.ToString(CultureInfo.InvariantCulture)));
        }
        else if (text.Any(c => char.IsControl(c) && (singleLine || c != '\n')))
        {
            errors.Add(new ReservationFieldError(field, ReservationFieldProblem.ControlCharacters));
        }

        return text;
    }

    private static int Quantity(string? value, List<ReservationFieldError> errors)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
        {
            errors.Add(new ReservationFieldError(ReservationFields.Quantity, ReservationFieldProblem.Required));
            return 0;
        }

        if (text.Length > 6 || !text.All(char.IsAsciiDigit) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity))
        {
            errors.Add(new ReservationFieldError(ReservationFields.Quantity, ReservationFieldProblem.NotAWholeNumber));
            return 0;
        }

        if (quantity is < 1 or > ReservationRules.MaxQuantity)
        {
            errors.Add(new ReservationFieldError(ReservationFields.Quantity, ReservationFieldProblem.QuantityOutOfRange,
                ReservationRules.MaxQuantity.ToString(CultureInfo.InvariantCulture)));
        }

        return quantity;
    }

    /// <summary>The browser's date input sends yyyy-MM-dd; typed German dates (dd.MM.yyyy) are taken too.</summary>
    private static DateOnly PickupDate(string? value, DateOnly today, DateOnly? offerLastDay, List<ReservationFieldError> errors)
    {
        const string field = ReservationFields.PreferredPickupDate;
        var text = (value ?? "").Trim();
        if (text.Length == 0)
        {
            errors.Add(new ReservationFieldError(field, ReservationFieldProblem.Required));
            return default;
        }

        if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new ReservationFieldError(field, ReservationFieldProblem.NotADate));
            return default;
        }

        var latest = today.AddDays(ReservationRules.MaxDaysAhead);
        if (date < today)
        {
            errors.Add(new ReservationFieldError(field, ReservationFieldProblem.DateInThePast));
        }
        else if (offerLastDay is { } last && date > last)
        {
            errors.Add(new ReservationFieldError(field, ReservationFieldProblem.DateAfterOfferEnds, last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        else if (date > latest)
        {
            errors.Add(new ReservationFieldError(field, ReservationFieldProblem.DateTooFarAhead,
                ReservationRules.MaxDaysAhead.ToString(CultureInfo.InvariantCulture)));
        }

        return date;
    }

    /// <summary>The bare address, with a dot in the domain: what a mail server will take.</summary>
    public static bool IsEmailAddress(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && !value.Any(char.IsWhiteSpace)
        && address.Host.Contains('.') && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    /// <summary>Digits with the usual separators, at least six digits.</summary>
    private static bool IsPhoneNumber(string value) =>
        value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '/' or '(' or ')')
        && value.Count(char.IsAsciiDigit) >= 6;
}
