using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Business;

/// <summary>"Verlauf": who changed which field of a listing when, from what to what; newest first.</summary>
public sealed class AuditTrailService(HalloBotDbContext db)
{
    public const int PageSize = 100;

    public async Task<AuditTrailPage?> PageAsync(int listingId, int page, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.Id == listingId)
            .Select(l => new ListingHeader(l.Id, l.Name, l.Slug, l.Status))
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return null;
        }

        var changes = db.ListingChanges.AsNoTracking().Where(c => c.ListingId == listingId);
        var total = await changes.CountAsync(cancellationToken);
        var pageNumber = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await changes
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new AuditRow(c.ChangedAt, c.Field, c.OldValue, c.NewValue, c.ActorName, c.ByStaff))
            .ToListAsync(cancellationToken);
        return new AuditTrailPage(listing, rows, pageNumber, total);
    }
}

public sealed record AuditTrailPage(ListingHeader Listing, IReadOnlyList<AuditRow> Rows, int Page, int Total)
{
    public bool HasNext => Page * AuditTrailService.PageSize < Total;
}

public sealed record AuditRow(DateTime ChangedAt, string Field, string? OldValue, string? NewValue, string ActorName, bool ByStaff);
