using System.Globalization;
using System.Text.Json;
using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;

namespace HalloBot.SearchTests.Quality;

/// <param name="Kind">plain, plural, umlaut, typo, split, joined, product, synonym, english, district.</param>
/// <param name="Expected">The listings that should come first; the first is the ideal top hit.</param>
public sealed record JudgedQuery(string Kind, string Text, IReadOnlyList<int> Expected);

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
            .Select(f => new JudgedQuery(f[0], f[1], f[2].Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList()))
            .ToList();

    /// <summary>
    /// nDCG@10 with graded gains: the ideal top hit 2, the other expected listings 1, everything else 0.
    /// </summary>
    public static double NdcgAt10(JudgedQuery query, IReadOnlyList<int> ranking)
    {
        double Gain(int id) => id == query.Expected[0] ? 2 : query.Expected.Contains(id) ? 1 : 0;
        static double Discount(int rank) => 1 / Math.Log2(rank + 2);

        var dcg = ranking.Take(10).Select((id, rank) => (Math.Pow(2, Gain(id)) - 1) * Discount(rank)).Sum();
        var ideal = query.Expected.Select(Gain).OrderDescending().Take(10).Select((g, rank) => (Math.Pow(2, g) - 1) * Discount(rank)).Sum();
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
