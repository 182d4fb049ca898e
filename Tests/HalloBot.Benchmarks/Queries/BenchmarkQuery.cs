using System.Globalization;
using System.Text;
using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;

namespace HalloBot.Benchmarks.Queries;

/// <summary>
/// One resident's search as the benchmark sends it: to <c>/api/v1/search</c> as a URL, and to the index alone as a
/// <see cref="SearchQuery"/>, so that the two figures describe the same work.
/// </summary>
public sealed record BenchmarkQuery
{
    public string? Text { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Districts { get; init; } = [];
    public IReadOnlyList<string> Features { get; init; } = [];
    public DateTimeOffset? OpenAt { get; init; }
    public GeoPoint? Near { get; init; }
    public double? RadiusKm { get; init; }
    public SearchSort? Sort { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>Which mix entry produced it, for the per-kind breakdown.</summary>
    public required string Kind { get; init; }

    /// <summary>Path and query, e.g. <c>/api/v1/search?q=b%C3%A4ckerei&amp;district=Boy</c>.</summary>
    public string ToUrl()
    {
        var parameters = new List<(string Name, string Value)>();
        if (Text is not null)
        {
            parameters.Add(("q", Text));
        }

        parameters.AddRange(Categories.Select(c => ("category", c)));
        parameters.AddRange(Districts.Select(d => ("district", d)));
        parameters.AddRange(Features.Select(f => ("feature", f)));
        if (OpenAt is { } openAt)
        {
            parameters.Add(("openAt", openAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        }

        if (Near is { } near)
        {
            parameters.Add(("lat", near.Latitude.ToString("0.#####", CultureInfo.InvariantCulture)));
            parameters.Add(("lon", near.Longitude.ToString("0.#####", CultureInfo.InvariantCulture)));
        }

        if (RadiusKm is { } radius)
        {
            parameters.Add(("radiusKm", radius.ToString("0.##", CultureInfo.InvariantCulture)));
        }

        if (Sort is { } sort)
        {
            parameters.Add(("sort", sort.ToString().ToLowerInvariant()));
        }

        if (Page != 1)
        {
            parameters.Add(("page", Page.ToString(CultureInfo.InvariantCulture)));
        }

        var url = new StringBuilder("/api/v1/search");
        for (var i = 0; i < parameters.Count; i++)
        {
            url.Append(i == 0 ? '?' : '&')
                .Append(parameters[i].Name)
                .Append('=')
                .Append(Uri.EscapeDataString(parameters[i].Value));
        }

        return url.ToString();
    }

    /// <summary>
    /// The same search as the API builds it from <see cref="ToUrl"/> (category and district slugs, the position and
    /// radius as rounded in the URL, the API's default sort), so that the index's result cache treats both alike.
    /// </summary>
    public SearchQuery ToSearchQuery() => new()
    {
        Text = Text,
        Categories = [.. Categories.Select(Slug.From)],
        Districts = [.. Districts.Select(Slug.From)],
        Features = Features,
        OpenAt = OpenAt,
        Near = Near is { } near ? new GeoPoint(Math.Round(near.Latitude, 5), Math.Round(near.Longitude, 5)) : null,
        RadiusKm = RadiusKm is { } radius ? Math.Round(radius, 2) : null,
        Sort = Sort ?? (string.IsNullOrWhiteSpace(Text) ? SearchSort.Name : SearchSort.Relevance),
        Page = Page,
    };
}
