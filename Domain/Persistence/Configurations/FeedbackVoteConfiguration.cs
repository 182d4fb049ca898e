using HalloBot.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class FeedbackVoteConfiguration : IEntityTypeConfiguration<FeedbackVote>
{
    public void Configure(EntityTypeBuilder<FeedbackVote> builder)
    {
        builder.Property(v => v.MemberId).HasMaxLength(450).IsRequired();
        builder.HasIndex(v => new { v.FeedbackId, v.ListingId }).IsUnique();
        builder.HasOne<FeedbackItem>().WithMany().HasForeignKey(v => v.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Listings.Listing>().WithMany().HasForeignKey(v => v.ListingId).OnDelete(DeleteBehavior.NoAction);
    }
}
