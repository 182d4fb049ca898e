using HalloBot.Domain.Listings;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Listings;

/// <summary>Reads a published listing by slug (or finds where an old slug went) and puts its page together.</summary>
public sealed class ListingPageService(
    HalloBotDbContext db,
    OpeningHoursScheduleCache schedules,
    OpeningHoursPresenter hoursPresenter,
    OpeningHoursCalendar calendar,
    TimeProvider time,
    IStringLocalizer<SharedResource> t,
    Photos.ListingGalleryService galleries)
{
    private const int MetaDescriptionLength = 160;

    // Two small indexed queries rather than one with the categories joined in: SQLite cannot flatten a
    // joined subquery on the right of a LEFT JOIN and would build it over every listing's categories.
    private static readonly Func<HalloBotDbContext, string, CancellationToken, Task<ListingRow?>> PublishedBySlug =
        EF.CompileAsyncQuery((HalloBotDbContext context, string slug, CancellationToken _) =>
            context.Listings.AsNoTracking()
                .Where(l => l.Slug == slug && l.Status == ListingStatus.Published)
                .Select(l => new ListingRow(
                    l.Id,
                    l.Name,
                    l.Slug,
                    l.Description,
                    l.Address.Street,
                    l.Address.PostalCode,
                    l.Address.City,
                    l.Location == null ? null : l.Location.Latitude,
                    l.Location == null ? null : l.Location.Longitude,
                    l.Phone,
                    l.Email,
                    l.Website,
                    l.OpeningHours,
                    l.Keywords,
                    l.Features,
                    l.District == null ? null : l.District.Name,
                    l.District == null ? null : l.District.Slug))
                .FirstOrDefault());

    private static readonly Func<HalloBotDbContext, int, IAsyncEnumerable<LinkItem>> CategoriesOf =
        EF.CompileAsyncQuery((HalloBotDbContext context, int listingId) =>
            context.Set<ListingCategory>().AsNoTracking()
                .Where(lc => lc.ListingId == listingId)
                .OrderBy(lc => lc.Position)
                .Select(lc => new LinkItem(lc.Category.Name, lc.Category.Slug)));

    public async Task<ListingLookup> FindAsync(string slug, string siteRoot, CancellationToken cancellationToken)
    {
        // One connection for both queries: opening a SQLite connection also registers EF's functions each time.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await FindOpenAsync(slug, siteRoot, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The known accessibility facts as "what: answer" lines; a fact not known is left out.</summary>
    private async Task<IReadOnlyList<AccessibilityLine>> AccessibilityAsync(int listingId, CancellationToken cancellationToken)
    {
        var facts = await db.Listings.AsNoTracking().Where(l => l.Id == listingId)
            .Select(l => new { l.Accessibility.Wheelchair, l.Accessibility.WheelchairToilet, l.Accessibility.HearingLoop, l.Accessibility.Seating })
            .FirstAsync(cancellationToken);
        var lines = new List<AccessibilityLine>(4);
        if (facts.Wheelchair != WheelchairAccess.Unknown)
        {
            lines.Add(new AccessibilityLine(t["Business.Field.Wheelchair"], t[$"Business.Choice.Wheelchair.{facts.Wheelchair}"]));
        }

        foreach (var (key, value) in new[] { ("WheelchairToilet", facts.WheelchairToilet), ("HearingLoop", facts.HearingLoop), ("Seating", facts.Seating) })
        {
            if (value is { } known)
            {
                lines.Add(new AccessibilityLine(t[$"Business.Field.{key}"], t[known ? "Business.Choice.Yes" : "Business.Choice.No"]));
            }
        }

        return lines;
    }

    private async Task<ListingLookup> FindOpenAsync(string slug, string siteRoot, CancellationToken cancellationToken)
    {
        var row = await PublishedBySlug(db, slug, cancellationToken);
        if (row is not null)
        {
            var categories = new List<LinkItem>(2);
            await foreach (var category in CategoriesOf(db, row.Id).WithCancellation(cancellationToken))
            {
                categories.Add(category);
            }

            var page = Build(row.ToDetails(categories), siteRoot);
            var gallery = await galleries.LoadAsync(row.Id, cancellationToken);
            var accessibility = await AccessibilityAsync(row.Id, cancellationToken);
            return new ListingLookup(page with { Gallery = gallery, Accessibility = accessibility, JsonLd = Photos.ListingGalleryService.WithImage(page.JsonLd, gallery, siteRoot) }, null);
        }

        var currentSlug = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.Slug == slug)
            .Join(db.Listings, r => r.ListingId, l => l.Id, (r, l) => l)
            .Where(l => l.Status == ListingStatus.Published)
            .Select(l => l.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        return currentSlug is null ? ListingLookup.NotFound : new ListingLookup(null, currentSlug);
    }

    private ListingPageModel Build(ListingDetails listing, string siteRoot)
    {
        var canonicalUrl = SiteUrl.Listing(siteRoot, listing.Slug);
        var now = time.GetUtcNow();
        var schedule = schedules.Get(listing.OpeningHours);
        IReadOnlyList<DayHours>? thisWeek = null, coming = null;
        if (schedule is not null)
        {
            (thisWeek, coming) = hoursPresenter.Days(schedule, now);
        }

        var website = WebsiteUri(listing.Website);
        return new ListingPageModel(
            listing.Name,
            canonicalUrl,
            listing.Description,
            MetaDescription(listing),
            listing.Categories,
            listing.District,
            listing.Address,
            listing.Phone,
            PhoneLink.ToHref(listing.Phone),
            listing.Email,
            website is null ? listing.Website : WebsiteText(website),
            website?.AbsoluteUri,
            listing.Keywords,
            ListingFeatureCodes.Split(listing.Features).Select(f => t[$"Feature.{f}"].Value).ToList(),
            Hours(listing.OpeningHours, schedule, thisWeek, now),
            ListingJsonLd.Build(listing, canonicalUrl, coming))
        {
            Location = listing.Latitude is { } latitude && listing.Longitude is { } longitude
                ? new Map.MapPoint(latitude, longitude, listing.Name)
                : null,
        };
    }

    private ListingHoursModel? Hours(string? text, OpeningHoursSchedule? schedule, IReadOnlyList<DayHours>? thisWeek, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (schedule is null || thisWeek is null)
        {
            return new ListingHoursModel(text, null, null, null);
        }

        var status = schedule.StatusAt(now, calendar);
        return new ListingHoursModel(text, status.State, hoursPresenter.StatusLine(schedule, status, now), hoursPresenter.Week(thisWeek, now));
    }

    private string MetaDescription(ListingDetails listing)
    {
        var text = string.Join(' ', listing.Description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0)
        {
            var category = listing.Categories.Count > 0 ? listing.Categories[0].Name : t["Listing.Business"].Value;
            return $"{category} · {listing.Address}";
        }

        return text.Length <= MetaDescriptionLength ? text : string.Concat(text.AsSpan(0, MetaDescriptionLength - 1).TrimEnd(), "…");
    }

    /// <summary>Only absolute http(s) addresses become links; anything else is shown as text.</summary>
    private static Uri? WebsiteUri(string? website) =>
        Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    private static string WebsiteText(Uri uri) =>
        (uri.Host + (uri.PathAndQuery == "/" ? "" : uri.PathAndQuery)).TrimEnd('/');

    private sealed record ListingRow(
        int Id,
        string Name,
        string Slug,
        string Description,
        string Street,
        string PostalCode,
        string City,
        double? Latitude,
        double? Longitude,
        string? Phone,
        string? Email,
        string? Website,
        string? OpeningHours,
        List<string> Keywords,
        ListingFeatures Features,
        string? DistrictName,
        string? DistrictSlug)
    {
        public ListingDetails ToDetails(IReadOnlyList<LinkItem> categories) => new(
            Name,
            Slug,
            Description,
            new PostalAddress(Street, PostalCode, City),
            Latitude,
            Longitude,
            Phone,
            Email,
            Website,
            OpeningHours,
            Keywords,
            Features,
            DistrictName is null || DistrictSlug is null ? null : new LinkItem(DistrictName, DistrictSlug),
            categories);
    }
}
