using HalloBot.Domain.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class ListingPhotoConfiguration : IEntityTypeConfiguration<ListingPhoto>
{
    public void Configure(EntityTypeBuilder<ListingPhoto> builder)
    {
        builder.Property(p => p.StorageKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(p => p.StorageKey).IsUnique();
        builder.Property(p => p.OriginalFileName).HasMaxLength(ListingPhoto.FileNameMaxLength).IsRequired();
        builder.Property(p => p.AltText).HasMaxLength(ListingPhoto.AltTextMaxLength).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.RejectionReason).HasMaxLength(ListingPhoto.RejectionReasonMaxLength);
        builder.Property(p => p.UploadedByMemberId).HasMaxLength(450).IsRequired();
        builder.HasIndex(p => new { p.ListingId, p.Position });
        builder.HasOne(p => p.Listing).WithMany().HasForeignKey(p => p.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
