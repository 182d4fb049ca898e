using HalloBot.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class OfferPhotoConfiguration : IEntityTypeConfiguration<OfferPhoto>
{
    public void Configure(EntityTypeBuilder<OfferPhoto> builder)
    {
        builder.Property(p => p.StorageKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(p => p.StorageKey).IsUnique();
        builder.Property(p => p.AltText).HasMaxLength(OfferPhoto.AltTextMaxLength).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.RejectionReason).HasMaxLength(OfferPhoto.RejectionReasonMaxLength);
        builder.Property(p => p.UploadedByMemberId).HasMaxLength(450).IsRequired();
        builder.HasIndex(p => new { p.OfferId, p.Position });
        builder.HasOne(p => p.Offer).WithMany().HasForeignKey(p => p.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}
