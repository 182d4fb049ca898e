using HalloBot.Domain.Listings;
using HalloBot.Domain.Media;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Features.Photos;
using HalloBot.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Offers;

/// <summary>The public side of offers: the offer page, and the offers a listing page shows. Only what is visible today.</summary>
public sealed class OfferPageService(HalloBotDbContext db, OfferCalendar calendar, PhotoUrls urls)
{
    public async Task<OfferPageModel?> PageAsync(int offerId, string siteRoot, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var found = await db.Offers.AsNoTracking()
            .Where(o => o.Id == offerId && o.Listing.Status == ListingStatus.Published)
            .Select(o => new { Offer = o, o.Listing.Name, o.Listing.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !found.Offer.IsVisibleOn(today))
        {
            return null;
        }

        var photos = (await db.OfferPhotos.AsNoTracking()
                .Where(p => p.OfferId == offerId && p.Status == PhotoStatus.Ready)
                .OrderBy(p => p.Position).ToListAsync(cancellationToken))
            .Select(Photo).ToList();
        var url = siteRoot + OfferRoutes.Public(found.Slug, offerId);
        var listingUrl = $"{siteRoot}/b/{found.Slug}";
        var jsonLd = OfferJsonLd.Build(found.Offer, url, found.Name, listingUrl,
            photos.Select(p => siteRoot + p.FallbackUrl).ToList());
        return new OfferPageModel(found.Offer, found.Name, found.Slug, url, photos, jsonLd, today);
    }

    /// <summary>How many offers the listing page shows; the rest are a link away.</summary>
    public const int OnListingPage = 6;

    public const int AllPageSize = 25;

    /// <summary>The first <see cref="OnListingPage"/> of the listing's offers shown today, soonest ending first, and how many there are.</summary>
    public async Task<ListingOffersModel> ForListingAsync(string slug, CancellationToken cancellationToken)
    {
        var current = Current(slug);
        var total = await current.CountAsync(cancellationToken);
        var offers = total == 0 ? new List<Offer>() : await SoonestEndingFirst(current).Take(OnListingPage).ToListAsync(cancellationToken);
        return new ListingOffersModel(slug, offers, total);
    }

    /// <summary>All offers a published listing shows today, a page at a time; null when there is no such listing.</summary>
    public async Task<AllOffersPage?> AllForListingAsync(string slug, int? page, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.Slug == slug && l.Status == ListingStatus.Published)
            .Select(l => new { l.Name, l.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return null;
        }

        var current = Current(slug);
        var paging = OfferPaging.Of(OfferRoutes.AllPublic(slug), page, await current.CountAsync(cancellationToken), AllPageSize);
        var offers = await SoonestEndingFirst(current).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new AllOffersPage(listing.Name, listing.Slug, offers, paging);
    }

    private IQueryable<Offer> Current(string slug)
    {
        var today = calendar.Today;
        return db.Offers.AsNoTracking().Where(o => o.Listing.Slug == slug && o.ValidFrom <= today && (o.ValidTo == null || o.ValidTo >= today));
    }

    private static IQueryable<Offer> SoonestEndingFirst(IQueryable<Offer> offers) =>
        offers.OrderBy(o => o.ValidTo == null).ThenBy(o => o.ValidTo).ThenBy(o => o.Id);

    private OfferPhotoView Photo(OfferPhoto photo)
    {
        var (width, height) = urls.SizeOf(ImageVariantSize.Page, photo.Width ?? 0, photo.Height ?? 0);
        return new OfferPhotoView(
            photo.AltText,
            urls.SrcSet(photo.StorageKey, ImageVariantFormat.Webp, photo.Width ?? 0, photo.Height ?? 0),
            urls.Url(photo.StorageKey, ImageVariantSize.Page, ImageVariantFormat.Jpeg),
            width,
            height);
    }
}

public sealed record OfferPageModel(
    Offer Offer, string ListingName, string ListingSlug, string CanonicalUrl, IReadOnlyList<OfferPhotoView> Photos, string JsonLd, DateOnly Today);

public sealed record OfferPhotoView(string AltText, string WebpSrcSet, string FallbackUrl, int Width, int Height);

/// <param name="Total">How many offers the listing shows today; <paramref name="Offers"/> holds the first few.</param>
public sealed record ListingOffersModel(string ListingSlug, IReadOnlyList<Offer> Offers, int Total)
{
    public bool HasMore => Total > Offers.Count;
}

public sealed record AllOffersPage(string ListingName, string ListingSlug, IReadOnlyList<Offer> Offers, OfferPaging Paging);
