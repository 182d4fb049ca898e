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
        builder.Ignore(r => r.Pickup);
        builder.Ignore(r => r.IsOpen);

        // The offer's reservations go with it. The listing id is a copy of the offer's, for the shop's list, with
        // no key of its own: a second cascade path from listings would be refused by SQL Server.
        builder.HasOne(r => r.Offer).WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ListingId, r.Status });
        builder.HasIndex(r => new { r.Email, r.Status });
        builder.HasIndex(r => new { r.Status, r.ExpiresAt });
        builder.HasIndex(r => r.ClosedAt);
    }
}
