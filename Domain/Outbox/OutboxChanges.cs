using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Media;
using HalloBot.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HalloBot.Domain.Outbox;

/// <summary>
/// Reads a change tracker for the changes that alter what search shows: any added, modified or deleted
/// listing (its categories, location and status included) and a renamed category or district; and the work
/// other jobs do: a photo to process, a mail to send.
/// </summary>
internal sealed class OutboxChanges
{
    private OutboxChanges()
    {
    }

    /// <summary>Records whose key is already known: (kind, id).</summary>
    public HashSet<(OutboxMessageKind Kind, int Id)> Known { get; } = [];

    /// <summary>New records (listings, photos, mails): their keys exist only after the insert.</summary>
    public List<(OutboxMessageKind Kind, EntityEntry Entry)> Added { get; } = [];

    public bool IsEmpty => Known.Count == 0 && Added.Count == 0;

    public static OutboxChanges Collect(ChangeTracker changeTracker)
    {
        var changes = new OutboxChanges();
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Listing listing:
                    changes.AddListing(entry, listing);
                    break;
                case ListingCategory:
                    changes.AddDependentOfListing(entry, nameof(ListingCategory.ListingId));
                    break;
                case Category when entry.State == EntityState.Modified && IsRenamed(entry):
                    changes.Known.Add((OutboxMessageKind.IndexCategory, (int)entry.Property(nameof(Category.Id)).CurrentValue!));
                    break;
                case District when entry.State == EntityState.Modified && IsRenamed(entry):
                    changes.Known.Add((OutboxMessageKind.IndexDistrict, (int)entry.Property(nameof(District.Id)).CurrentValue!));
                    break;
                case ListingPhoto photo:
                    changes.AddPhoto(entry, photo);
                    break;
                case OutgoingMail when entry.State == EntityState.Added:
                    changes.Added.Add((OutboxMessageKind.SendMail, entry));
                    break;
                case Offer:
                    // A listing's search document carries its offers' words and the "mit Angeboten" flag.
                    changes.AddDependentOfListing(entry, nameof(Offer.ListingId));
                    break;
                case OfferPhoto when entry.State == EntityState.Added:
                    changes.Added.Add((OutboxMessageKind.ProcessOfferPhoto, entry));
                    break;
                default:
                    changes.AddOwnedByListing(entry);
                    break;
            }
        }

        return changes;
    }

    private static bool IsRenamed(EntityEntry entry) =>
        entry.Property(nameof(Category.Name)).IsModified || entry.Property(nameof(Category.Slug)).IsModified;

    /// <summary>A new photo, or one sent back to processing, waits for the image job.</summary>
    private void AddPhoto(EntityEntry entry, ListingPhoto photo)
    {
        if (entry.State == EntityState.Added)
        {
            Added.Add((OutboxMessageKind.ProcessPhoto, entry));
        }
        else if (entry.State == EntityState.Modified && photo.Status == PhotoStatus.Processing
            && entry.Property(nameof(ListingPhoto.Status)).IsModified)
        {
            Known.Add((OutboxMessageKind.ProcessPhoto, photo.Id));
        }
    }

    private void AddListing(EntityEntry entry, Listing listing)
    {
        if (entry.State == EntityState.Added)
        {
            Added.Add((OutboxMessageKind.IndexListing, entry));
        }
        else
        {
            Known.Add((OutboxMessageKind.IndexListing, (int)entry.Property(nameof(Listing.Id)).OriginalValue!));
        }
    }

    /// <summary>
    /// A row that belongs to a listing. A temporary key means the listing itself is new, and its own
    /// entry already asks for the work.
    /// </summary>
    private void AddDependentOfListing(EntityEntry dependent, string foreignKey)
    {
        var key = dependent.Property(foreignKey);
        if (key.IsTemporary)
        {
            return;
        }

        var value = dependent.State == EntityState.Deleted ? key.OriginalValue : key.CurrentValue;
        if (value is int id)
        {
            Known.Add((OutboxMessageKind.IndexListing, id));
        }
    }

    /// <summary>The listing's owned position (a replaced GeoPoint is an entry of its own).</summary>
    private void AddOwnedByListing(EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is null || ownership.PrincipalEntityType.ClrType != typeof(Listing))
        {
            return;
        }

        AddDependentOfListing(entry, ownership.Properties[0].Name);
    }
}
