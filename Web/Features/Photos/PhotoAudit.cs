using HalloBot.Domain.Audit;
using HalloBot.Domain.Media;

namespace HalloBot.Web.Features.Photos;

/// <summary>
/// The audit trail's rows for photo changes, all under the field <c>photos</c>. Values name a photo by its file name
/// and the start of its storage key (known before the insert, unlike the id), so that a row still reads when the
/// photo is gone.
/// </summary>
public static class PhotoAudit
{
    public const string Field = "photos";

    public static ListingChange Added(ListingPhoto photo, ChangeActor actor, DateTime now) =>
        new(photo.ListingId, Field, null, Describe(photo), actor, now);

    public static ListingChange Deleted(ListingPhoto photo, ChangeActor actor, DateTime now) =>
        new(photo.ListingId, Field, Describe(photo), null, actor, now);

    public static ListingChange AltTextChanged(ListingPhoto photo, string oldText, ChangeActor actor, DateTime now) =>
        new(photo.ListingId, Field, $"{Name(photo)} alt: {oldText}", $"{Name(photo)} alt: {photo.AltText}", actor, now);

    public static ListingChange Reordered(int listingId, IEnumerable<ListingPhoto> before, IEnumerable<ListingPhoto> after, ChangeActor actor, DateTime now) =>
        new(listingId, Field, Order(before), Order(after), actor, now);

    public static ListingChange CoverChanged(int listingId, ListingPhoto? before, ListingPhoto? after, ChangeActor actor, DateTime now) =>
        new(listingId, Field, before is null ? null : $"cover: {Name(before)}", after is null ? null : $"cover: {Name(after)}", actor, now);

    private static string Describe(ListingPhoto photo) =>
        string.IsNullOrEmpty(photo.AltText) ? Name(photo) : $"{Name(photo)} alt: {photo.AltText}";

    private static string Name(ListingPhoto photo) => $"{photo.OriginalFileName} [{photo.StorageKey[..Math.Min(8, photo.StorageKey.Length)]}]";

    private static string Order(IEnumerable<ListingPhoto> photos) =>
        "order: " + string.Join(", ", photos.Select(Name));
}
