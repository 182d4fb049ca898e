using System.Linq.Expressions;
using HalloBot.Domain.Listings;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Listings;

/// <summary>Published listings as lists: sorted by name in German order, a page at a time, with today's open state.</summary>
public sealed class ListingListService(
    HalloBotDbContext db,
    OpeningHoursScheduleCache schedules,
    OpeningHoursCalendar calendar,
    TimeProvider time)
{
    public const int PageSize = 30;

    /// <summary>The page <paramref name="pageNumber"/> (1-based) of the published listings that match, or null when there is no such page.</summary>
    public async Task<ListingPage?> PageAsync(Expression<Func<Listing, bool>> filter, int pageNumber, CancellationToken cancellationToken)
    {
        // The databases sort "Ä" after "Z"; sorting the (small) id/name pairs here gets German order
        // and leaves only one page of full rows to load.
        var names = await Published().Where(filter)
            .Select(l => new IdAndName(l.Id, l.Name))
            .ToListAsync(cancellationToken);
        names.Sort(static (a, b) =>
        {
            var byName = GermanCollation.Comparer.Compare(a.Name, b.Name);
            return byName != 0 ? byName : a.Id.CompareTo(b.Id);
        });

        var pageCount = Math.Max(1, (names.Count + PageSize - 1) / PageSize);
        if (pageNumber < 1 || pageNumber > pageCount)
        {
            return null;
        }

        var ids = names.Skip((pageNumber - 1) * PageSize).Take(PageSize).Select(n => n.Id).ToList();
        var rows = await SummaryRows(db.Listings.AsNoTracking().Where(l => ids.Contains(l.Id))).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        var items = ids.Select(id => ToSummary(byId[id])).ToList();
        return new ListingPage(items, pageNumber, pageCount, names.Count);
    }

    public async Task<IReadOnlyList<ListingSummary>> RecentlyUpdatedAsync(int count, CancellationToken cancellationToken)
    {
        var rows = await SummaryRows(Published().OrderByDescending(l => l.UpdatedAt).ThenBy(l => l.Id).Take(count))
            .ToListAsync(cancellationToken);
        return rows.Select(ToSummary).ToList();
    }

    private IQueryable<Listing> Published() =>
        db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Published);

    private static IQueryable<SummaryRow> SummaryRows(IQueryable<Listing> listings) =>
        listings.Select(l => new SummaryRow(
            l.Id,
            l.Name,
            l.Slug,
            l.Categories.OrderBy(c => c.Position).Select(c => c.Category.Name).FirstOrDefault(),
            l.District == null ? null : l.District.Name,
            l.Address,
            l.OpeningHours));

    private ListingSummary ToSummary(SummaryRow row)
    {
        var status = schedules.Get(row.OpeningHours)?.StatusAt(time.GetUtcNow(), calendar);
        return new ListingSummary(row.Name, row.Slug, row.MainCategory, row.District, row.Address, status);
    }

    private sealed record IdAndName(int Id, string Name);

    private sealed record SummaryRow(
        int Id,
        string Name,
        string Slug,
        string? MainCategory,
        string? District,
        PostalAddress Address,
        string? OpeningHours);
}
