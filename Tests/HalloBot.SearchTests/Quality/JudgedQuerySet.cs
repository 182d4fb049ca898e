using System.Globalization;
using System.Text.Json;
using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;

namespace HalloBot.SearchTests.Quality;

/// <param name="Kind">plain, plural, umlaut, typo, split, joined, product, synonym, english, district.</param>
/// <param name="Ideal">The listings that should come first, equally good.</param>
/// <param name="AlsoRelevant">Listings that belong in the result, below the ideal ones.</param>
public sealed record JudgedQuery(string Kind, string Text, IReadOnlyList<int> Ideal, IReadOnlyList<int> AlsoRelevant);

/// <summary>The project's judged query set over ~85 realistic Bottrop listings (Quality/*.json, *.tsv).</summary>
public static class JudgedQuerySet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Quality");

    public static IReadOnlyList<SearchDocument> Listings()
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "bottrop-listings.json"));
        var listings = JsonSerializer.Deserialize<List<FixtureListing>>(stream, Json)
            ?? throw new InvalidOperationException("bottrop-listings.json is empty.");
        return listings.Select(l => new SearchDocument
        {
            ListingId = l.Id,
            Slug = Slug.From(l.Name),
            Name = l.Name,
            Categories = l.Categories.Select(c => new SearchTerm(c, Slug.From(c))).ToList(),
            District = new SearchTerm(l.District, Slug.From(l.District)),
            Keywords = l.Keywords,
            Description = l.Description,
            Features = l.Features,
            OpeningHours = l.OpeningHours,
            Location = new GeoPoint(l.Latitude, l.Longitude),
        }).ToList();
    }

    public static IReadOnlyList<JudgedQuery> Queries() =>
        File.ReadLines(Path.Combine(Folder, "judged-queries.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new JudgedQuery(f[0], f[1], Ids(f[2]), f.Length > 3 ? Ids(f[3]) : []))
            .ToList();

    private static List<int> Ids(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();

    /// <summary>
    /// nDCG@10 with graded gains: ideal listings 2, other relevant listings 1, everything else 0.
    /// </summary>
    public static double NdcgAt10(JudgedQuery query, IReadOnlyList<int> ranking)
    {
        double Gain(int id) => query.Ideal.Contains(id) ? 2 : query.AlsoRelevant.Contains(id) ? 1 : 0;
        static double Discount(int rank) => 1 / Math.Log2(rank + 2);

        var dcg = ranking.Take(10).Select((id, rank) => (Math.Pow(2, Gain(id)) - 1) * Discount(rank)).Sum();
        var ideal = query.Ideal.Concat(query.AlsoRelevant).Select(Gain).OrderDescending().Take(10).Select((g, rank) => (Math.Pow(2, g) - 1) * Discount(rank)).Sum();
        return dcg / ideal;
    }

    private sealed record FixtureListing(
        int Id,
        string Name,
        string[] Categories,
        string District,
        string[] Keywords,
        string Description,
        string[] Features,
        string OpeningHours,
        double Latitude,
        double Longitude);
}
