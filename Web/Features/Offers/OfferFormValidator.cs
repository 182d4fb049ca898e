using System.Globalization;
using HalloBot.Domain.Offers;
using HalloBot.Web.Features.Business;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Offers;

/// <summary>
/// Checks the offer form field by field with the rules of <see cref="Offer"/>, <see cref="OfferPrice"/> and
/// <see cref="OfferText"/>, in words for the shop. Dates are the city's calendar days; a new offer cannot start in
/// the past, an edited one may keep the start it has.
/// </summary>
public sealed class OfferFormValidator(IStringLocalizer<SharedResource> t)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy", "dd.MM.yyyy"];

    public OfferFormResult Validate(OfferFormInput input, DateOnly today, DateOnly? currentValidFrom)
    {
        var errors = new List<FieldError>();
        var title = OfferText.SingleLine(input.Title);
        var description = (input.Description ?? "").Trim();
        Text(OfferFormFields.Title, title, Offer.TitleMaxLength, required: true, errors);
        Text(OfferFormFields.Description, description, Offer.DescriptionMaxLength, required: false, errors);

        if (!OfferPrice.TryParse(input.Price, out var price, out var priceError))
        {
            errors.Add(new FieldError(OfferFormFields.Price, t[$"Offers.Error.Price.{priceError}"].Value));
        }

        if (!Enum.TryParse<OfferAvailability>(input.Availability, out var availability) || !Enum.IsDefined(availability)
            || !string.Equals(input.Availability, availability.ToString(), StringComparison.Ordinal))
        {
            errors.Add(new FieldError(OfferFormFields.Availability, t["Offers.Error.ChooseAvailability"].Value));
        }

        var validFrom = Date(OfferFormFields.ValidFrom, input.ValidFrom, required: true, errors);
        if (validFrom is { } from && from < today && from != currentValidFrom)
        {
            errors.Add(new FieldError(OfferFormFields.ValidFrom, t["Offers.Error.StartInPast", Format(today)].Value));
        }

        var validTo = Date(OfferFormFields.ValidTo, input.ValidTo, required: false, errors);
        if (validTo is { } to)
        {
            if (validFrom is { } start && to < start)
            {
                errors.Add(new FieldError(OfferFormFields.ValidTo, t["Offers.Error.EndBeforeStart", Format(start)].Value));
            }
            else if (to < today)
            {
                errors.Add(new FieldError(OfferFormFields.ValidTo, t["Offers.Error.EndInPast", Format(today)].Value));
            }
        }

        var holdDays = HoldDays(input, errors);
        if (errors.Count > 0)
        {
            return new OfferFormResult(null, errors);
        }

        return new OfferFormResult(
            new ValidOffer(title, description, price, availability, validFrom!.Value, validTo, input.IsReservable, holdDays), []);
    }

    private void Text(string field, string value, int maxLength, bool required, List<FieldError> errors)
    {
        if (required && value.Length == 0)
        {
            errors.Add(new FieldError(field, t["Offers.Error.Required"].Value));
        }
        else if (value.Length > maxLength)
        {
            errors.Add(new FieldError(field, t["Offers.Error.TooLong", maxLength, value.Length].Value));
        }
        else if (OfferText.LooksLikeMarkup(value))
        {
            errors.Add(new FieldError(field, t["Offers.Error.Markup"].Value));
        }
    }

    private DateOnly? Date(string field, string? value, bool required, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new FieldError(field, t["Offers.Error.Required"].Value));
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(field, t["Offers.Error.Date"].Value));
        return null;
    }

    private int HoldDays(OfferFormInput input, List<FieldError> errors)
    {
        if (!input.IsReservable && string.IsNullOrWhiteSpace(input.HoldDays))
        {
            return Offer.DefaultHoldDays;
        }

        if (int.TryParse(input.HoldDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= Offer.MaxHoldDays)
        {
            return days;
        }

        errors.Add(new FieldError(OfferFormFields.HoldDays, t["Offers.Error.HoldDays", Offer.MaxHoldDays].Value));
        return Offer.DefaultHoldDays;
    }

    private static string Format(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}

public sealed record OfferFormResult(ValidOffer? Offer, IReadOnlyList<FieldError> Errors);

/// <summary>An offer form that passed every check.</summary>
public sealed record ValidOffer(
    string Title, string Description, OfferPrice Price, OfferAvailability Availability, DateOnly ValidFrom, DateOnly? ValidTo, bool IsReservable, int HoldDays)
{
    public void ApplyTo(Offer offer, DateTime utcNow)
    {
        offer.Title = Title;
        offer.Description = Description;
        offer.Price = Price;
        offer.Availability = Availability;
        offer.ValidFrom = ValidFrom;
        offer.ValidTo = ValidTo;
        offer.IsReservable = IsReservable;
        offer.HoldDays = HoldDays;
        offer.Touch(utcNow);
    }
}
