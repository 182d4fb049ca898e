using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;

namespace HalloBot.SearchTests.Contract;

/// <summary>Small, hand-made documents whose expected results the contract tests can state exactly.</summary>
public static class ContractDocuments
{
    public static readonly SearchTerm Baeckerei = new("Bäckerei", "baeckerei");
    public static readonly SearchTerm Cafe = new("Café", "cafe");
    public static readonly SearchTerm Apotheke = new("Apotheke", "apotheke");
    public static readonly SearchTerm Friseur = new("Friseur", "friseur");
    public static readonly SearchTerm Stadtmitte = new("Stadtmitte", "stadtmitte");
    public static readonly SearchTerm Kirchhellen = new("Kirchhellen", "kirchhellen");
    public static readonly SearchTerm Eigen = new("Eigen", "eigen");

    /// <summary>Altmarkt, Bottrop city centre.</summary>
    public static readonly GeoPoint Altmarkt = new(51.5237, 6.9286);

    public static SearchDocument Document(
        int id,
        string name,
        SearchTerm[]? categories = null,
        SearchTerm? district = null,
        string description = "",
        string[]? keywords = null,
        string[]? features = null,
        string? hours = null,
        GeoPoint? location = null) => new()
    {
        ListingId = id,
        Slug = Slug.From(name),
        ExternalId = $"ext-{id}",
        Name = name,
        Categories = categories ?? [],
        District = district,
        Description = description,
        Keywords = keywords ?? [],
        Features = features ?? [],
        OpeningHours = hours,
        Location = location,
        UpdatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>Six listings across three categories and three districts with known positions and hours.</summary>
    public static IReadOnlyList<SearchDocument> Standard() =>
    [
        Document(1, "Bäckerei Overbeck", [Baeckerei], Stadtmitte, "Frische Brötchen ab 6 Uhr.", ["Brötchen", "Brot"],
            ["card_payment", "delivery"], "Mo-Sa 06:00-18:00", new GeoPoint(51.5237, 6.9286)),
        Document(2, "Backstube Terhorst", [Baeckerei, Cafe], Kirchhellen, "Traditionsbäckerei mit Café.", ["Frühstück"],
            ["card_payment"], "Mo-Fr 06:00-18:00; PH off", new GeoPoint(51.6050, 6.9210)),
        Document(3, "Café am Kirchplatz", [Cafe], Kirchhellen, "Kaffee und Kuchen.", ["Kaffee"],
            ["parking"], "Mo-Su 08:00-18:00", new GeoPoint(51.6060, 6.9220)),
        Document(4, "Stadt-Apotheke", [Apotheke], Stadtmitte, "Beratung zu Arzneimitteln.", ["Medikamente"],
            ["card_payment", "parking"], "24/7", new GeoPoint(51.5240, 6.9300)),
        Document(5, "Rosen-Apotheke", [Apotheke], Eigen, "Apotheke mit Botendienst.", ["Medikamente"],
            ["delivery"], "Mo-Fr 08:30-18:30; PH off", new GeoPoint(51.5440, 6.9360)),
        Document(6, "Friseursalon Haarmonie", [Friseur], Kirchhellen, "Damen, Herren und Kinder.", ["Haarschnitt"],
            [], null, null),
    ];

    public static async IAsyncEnumerable<SearchDocument> AsAsync(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
