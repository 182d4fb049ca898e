using HalloBot.Domain.Businesses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class ListingMembershipConfiguration : IEntityTypeConfiguration<ListingMembership>
{
    public void Configure(EntityTypeBuilder<ListingMembership> builder)
    {
        builder.HasIndex(m => new { m.ListingId, m.MemberId }).IsUnique();
        builder.HasIndex(m => m.MemberId);
        builder.HasOne(m => m.Listing).WithMany().HasForeignKey(m => m.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
