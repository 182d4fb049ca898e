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

    /// <summary>The listing's offers shown today, soonest ending first.</summary>
    public async Task<ListingOffersModel> ForListingAsync(string slug, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.Listing.Slug == slug && o.ValidFrom <= today && (o.ValidTo == null || o.ValidTo >= today))
            .OrderBy(o => o.ValidTo == null).ThenBy(o => o.ValidTo).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        return new ListingOffersModel(slug, offers);
    }

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

public sealed record ListingOffersModel(string ListingSlug, IReadOnlyList<Offer> Offers);
