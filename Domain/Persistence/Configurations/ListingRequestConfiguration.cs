using HalloBot.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class ListingRequestConfiguration : IEntityTypeConfiguration<ListingRequest>
{
    public void Configure(EntityTypeBuilder<ListingRequest> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Justification).HasMaxLength(ListingRequest.JustificationMaxLength).IsRequired();
        builder.Property(r => r.DecisionReason).HasMaxLength(ListingRequest.ReasonMaxLength);
        builder.Property(r => r.DecidedByMemberId).HasMaxLength(450);
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasOne(r => r.Listing).WithMany().HasForeignKey(r => r.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
