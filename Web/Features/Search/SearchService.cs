using HalloBot.Domain.Listings;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.Persistence;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Search;

/// <summary>A hit with its listing as the database has it now, and its opening status at the instant asked for.</summary>
public sealed record FoundListing(
    SearchHit Hit,
    string Name,
    string Slug,
    string? ExternalId,
    IReadOnlyList<string> Categories,
    string? District,
    PostalAddress Address,
    bool HasOpeningHours,
    OpenStatus? Status);

/// <summary>The index's answer with the listings of its hits, in the index's order.</summary>
public sealed record SearchOutcome(SearchResult Result, IReadOnlyList<FoundListing> Listings);

/// <summary>
/// Asks the index, then loads the page's listings from the database: the index gives ids and order, the database
/// (the truth) gives what is shown, and a hit whose listing is no longer published (the index has not caught up yet)
/// is left out. The API answers from the index alone: <see cref="IndexedSearchService"/>.
/// </summary>
public sealed class SearchService(
    ISearchIndex index,
    HalloBotDbContext db,
    OpeningHoursScheduleCache schedules,
    OpeningHoursCalendar calendar)
{
    public async Task<SearchOutcome> SearchAsync(SearchQuery query, DateTimeOffset statusAt, CancellationToken cancellationToken)
    {
        var result = await index.SearchAsync(query, cancellationToken);
        if (result.Hits.Count == 0)
        {
            return new SearchOutcome(result, []);
        }

        var ids = result.Hits.Select(h => h.ListingId).ToList();
        var rows = await db.Listings.AsNoTracking().AsSplitQuery()
            .Where(l => ids.Contains(l.Id) && l.Status == ListingStatus.Published)
            .Select(l => new Row(
                l.Id,
                l.Name,
                l.Slug,
                l.ExternalId,
                l.Categories.OrderBy(c => c.Position).Select(c => c.Category.Name).ToList(),
                l.District == null ? null : l.District.Name,
                l.Address,
                l.OpeningHours))
            .ToDictionaryAsync(r => r.Id, cancellationToken);

        var listings = result.Hits
            .Where(hit => rows.ContainsKey(hit.ListingId))
            .Select(hit => Found(hit, rows[hit.ListingId], statusAt))
            .ToList();
        return new SearchOutcome(result, listings);
    }

    private FoundListing Found(SearchHit hit, Row row, DateTimeOffset statusAt)
    {
        var hasHours = !string.IsNullOrWhiteSpace(row.OpeningHours);
        var status = schedules.Get(row.OpeningHours)?.StatusAt(statusAt, calendar);
        return new FoundListing(hit, row.Name, row.Slug, row.ExternalId, row.Categories, row.District, row.Address, hasHours, status);
    }

    private sealed record Row(
        int Id,
        string Name,
        string Slug,
        string? ExternalId,
        List<string> Categories,
        string? District,
        PostalAddress Address,
        string? OpeningHours);
}
