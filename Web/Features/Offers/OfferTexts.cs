using System.Globalization;
using HalloBot.Domain.Offers;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Offers;

/// <summary>An offer's price, availability and validity in the reader's language.</summary>
public sealed class OfferTexts(IStringLocalizer<SharedResource> t)
{
    public string Price(OfferPrice price) => price.Kind switch
    {
        OfferPriceKind.OnRequest => t["Offers.Price.OnRequest"],
        OfferPriceKind.From => t["Offers.Price.From", price.FormatAmount(CultureInfo.CurrentUICulture)],
        _ => price.FormatAmount(CultureInfo.CurrentUICulture),
    };

    public string Availability(OfferAvailability availability) => t[$"Offers.Availability.{availability}"];

    public string Validity(Offer offer) => offer.ValidTo is { } to
        ? t["Offers.ValidUntil", Date(to)]
        : t["Offers.ValidFrom", Date(offer.ValidFrom)];

    public string this[string key] => t[key];

    public string this[string key, params object[] arguments] => t[key, arguments];

    private static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentUICulture);
}
