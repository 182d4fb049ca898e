using HalloBot.Domain.Offers;
using HalloBot.Domain.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.Property(r => r.TokenHash).HasMaxLength(Reservation.TokenHashLength).IsRequired();
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(ReservationRules.NameMaxLength).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(ReservationRules.EmailMaxLength).IsRequired();
        builder.Property(r => r.Phone).HasMaxLength(ReservationRules.PhoneMaxLength);
        builder.Property(r => r.Message).HasMaxLength(ReservationRules.MessageMaxLength);
        builder.Property(r => r.ShopNote).HasMaxLength(ReservationRules.ShopNoteMaxLength);
        builder.Property(r => r.Culture).HasMaxLength(Reservation.CultureMaxLength).IsRequired();
        builder.Property(r => r.OfferTitle).HasMaxLength(Offer.TitleMaxLength).IsRequired();
        builder.Property(r => r.ProtectedToken).HasMaxLength(Reservation.ProtectedTokenMaxLength);

        // A change saves only from the state it was read in: of the resident cancelling and the shop accepting at
        // once (or the expiry job and the shop), one wins and the other is told, with no contradicting mails.
        builder.Property(r => r.Status).IsConcurrencyToken();
        builder.Ignore(r => r.Pickup);
        builder.Ignore(r => r.IsOpen);

        // Removing an offer must never take its reservations with it: the offer service closes them, tells the
        // residents and lets go of the offer first (Reservation.LetGoOfRemovedOffer); the database refuses anything
        // else. The listing id is a copy of the offer's, for the shop's list, with no key of its own.
        builder.HasOne(r => r.Offer).WithMany().HasForeignKey(r => r.OfferId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ListingId, r.Status });
        builder.HasIndex(r => new { r.Email, r.Status });
        builder.HasIndex(r => new { r.Status, r.ExpiresAt });
        builder.HasIndex(r => r.ClosedAt);
    }
}
