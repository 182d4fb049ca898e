using HalloBot.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class FeedbackFollowerConfiguration : IEntityTypeConfiguration<FeedbackFollower>
{
    public void Configure(EntityTypeBuilder<FeedbackFollower> builder)
    {
        builder.Property(f => f.MemberId).HasMaxLength(450).IsRequired();
        builder.HasIndex(f => new { f.FeedbackId, f.MemberId }).IsUnique();
        builder.HasOne<FeedbackItem>().WithMany().HasForeignKey(f => f.FeedbackId).OnDelete(DeleteBehavior.Cascade);
    }
}
