using HalloBot.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class FeedbackCommentConfiguration : IEntityTypeConfiguration<FeedbackComment>
{
    public void Configure(EntityTypeBuilder<FeedbackComment> builder)
    {
        builder.Property(c => c.MemberId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(FeedbackComment.TextMaxLength).IsRequired();
        builder.HasIndex(c => c.FeedbackId);
        builder.HasOne<FeedbackItem>().WithMany().HasForeignKey(c => c.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Listings.Listing>().WithMany().HasForeignKey(c => c.ListingId).OnDelete(DeleteBehavior.NoAction);
    }
}
