using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.OpenData;

/// <summary>Reads published listings for the open-data export, one at a time so that 100,000 never sit in memory together.</summary>
public sealed class OpenDataQueries(HalloBotDbContext db)
{
    public async Task<OpenDataVersion> VersionAsync(CancellationToken cancellationToken)
    {
        var published = Published();
        var count = await published.CountAsync(cancellationToken);
        var newest = await published.MaxAsync(l => (DateTime?)l.UpdatedAt, cancellationToken);
        return new OpenDataVersion(count, newest is { } utc ? DateTime.SpecifyKind(utc, DateTimeKind.Utc) : null);
    }

    /// <summary>Published listings by id. Category and district names come from small lookups, not a join per row.</summary>
    public async IAsyncEnumerable<OpenDataRow> PublishedAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var categoryNames = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var districtNames = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var listings = Published().Include(l => l.Categories).OrderBy(l => l.Id).AsAsyncEnumerable();
        await foreach (var listing in listings.WithCancellation(cancellationToken))
        {
            yield return new OpenDataRow(listing, categoryNames, districtNames);
        }
    }

    private IQueryable<Listing> Published() =>
        db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Published);
}

/// <summary>
/// What a client's cached copy is compared against: the newest change of a published listing and how many
/// there are (a listing withdrawn from publication changes the count even where no newer change exists).
/// </summary>
public sealed record OpenDataVersion(int Count, DateTime? NewestUpdate)
{
    /// <summary>A strong entity tag for one representation: the format and the open fields are part of it.</summary>
    public string ETagFor(string format, IEnumerable<string> fields)
    {
        var text = $"{format}|{string.Join(',', fields)}|{Count}|{NewestUpdate?.Ticks ?? 0}";
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
    }
}
