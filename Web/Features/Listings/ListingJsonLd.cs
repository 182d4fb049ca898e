using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using HalloBot.Domain.OpeningHours;

namespace HalloBot.Web.Features.Listings;

/// <summary>schema.org <c>LocalBusiness</c> for search engines, written into a <c>script</c> element of the page.</summary>
public static class ListingJsonLd
{
    // The encoder keeps umlauts readable but always escapes < > & ' ", so a name holding
    // "</script>" cannot end the script element it is written into.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Build(ListingDetails listing, string canonicalUrl, IReadOnlyList<DayHours>? comingDays)
    {
        var business = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "LocalBusiness",
            ["@id"] = canonicalUrl,
            ["name"] = listing.Name,
            ["url"] = canonicalUrl,
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = listing.Address.Street,
                ["postalCode"] = listing.Address.PostalCode,
                ["addressLocality"] = listing.Address.City,
                ["addressCountry"] = "DE",
            },
        };
        AddIfPresent(business, "description", listing.Description);
        AddIfPresent(business, "telephone", listing.Phone);
        AddIfPresent(business, "email", listing.Email);
        AddIfPresent(business, "sameAs", listing.Website);
        if (listing.Keywords.Count > 0)
        {
            business["keywords"] = string.Join(", ", listing.Keywords);
        }

        if (listing.Latitude is { } latitude && listing.Longitude is { } longitude)
        {
            business["geo"] = new JsonObject
            {
                ["@type"] = "GeoCoordinates",
                ["latitude"] = latitude,
                ["longitude"] = longitude,
            };
        }

        if (comingDays is not null)
        {
            business["openingHoursSpecification"] = OpeningHoursSpecification(comingDays);
        }

        return business.ToJsonString(Options);
    }

    /// <summary>One entry per open span of each coming day, dated, so holidays and special days come out right.</summary>
    private static JsonArray OpeningHoursSpecification(IReadOnlyList<DayHours> days)
    {
        var specification = new JsonArray();
        foreach (var day in days)
        {
            var date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var span in day.Spans.Where(s => s.State == OpenState.Open))
            {
                // schema.org reads a closing time before the opening time as the next day; a whole day ends at 23:59.
                var closes = span.EndsNextDay && span.End == TimeOnly.MinValue ? "23:59" : span.End.ToString("HH:mm", CultureInfo.InvariantCulture);
                specification.Add(new JsonObject
                {
                    ["@type"] = "OpeningHoursSpecification",
                    ["dayOfWeek"] = $"https://schema.org/{day.Date.DayOfWeek}",
                    ["opens"] = span.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                    ["closes"] = closes,
                    ["validFrom"] = date,
                    ["validThrough"] = date,
                });
            }
        }

        return specification;
    }

    private static void AddIfPresent(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[name] = value;
        }
    }
}
