using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using HalloBot.Domain.Offers;

namespace HalloBot.Web.Features.Offers;

/// <summary>schema.org <c>Offer</c> for search engines, with the shop as seller.</summary>
public static class OfferJsonLd
{
    // As for the listing page: umlauts readable, but < > & ' " always escaped, so no text can end the script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Build(Offer offer, string offerUrl, string listingName, string listingUrl, IReadOnlyList<string> imageUrls)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Offer",
            ["@id"] = offerUrl,
            ["url"] = offerUrl,
            ["name"] = offer.Title,
            ["availability"] = offer.Availability switch
            {
                OfferAvailability.SoldOut => "https://schema.org/SoldOut",
                OfferAvailability.FewLeft => "https://schema.org/LimitedAvailability",
                _ => "https://schema.org/InStock",
            },
            ["validFrom"] = offer.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["seller"] = new JsonObject { ["@type"] = "LocalBusiness", ["name"] = listingName, ["url"] = listingUrl },
        };
        if (!string.IsNullOrWhiteSpace(offer.Description))
        {
            json["description"] = offer.Description;
        }

        if (offer.ValidTo is { } to)
        {
            json["validThrough"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var amount = offer.Price.Euros?.ToString("0.00", CultureInfo.InvariantCulture);
        switch (offer.Price.Kind)
        {
            case OfferPriceKind.Fixed:
                json["price"] = amount;
                json["priceCurrency"] = "EUR";
                break;
            case OfferPriceKind.From:
                json["priceCurrency"] = "EUR";
                json["priceSpecification"] = new JsonObject { ["@type"] = "PriceSpecification", ["minPrice"] = amount, ["priceCurrency"] = "EUR" };
                break;
        }

        if (imageUrls.Count > 0)
        {
            json["image"] = new JsonArray([.. imageUrls.Select(u => (JsonNode)u)]);
        }

        return json.ToJsonString(Options);
    }
}
