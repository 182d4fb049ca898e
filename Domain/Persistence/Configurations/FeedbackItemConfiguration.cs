using HalloBot.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> builder)
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Area).HasConversion<string>().HasMaxLength(30);
        // Two staff (or one double click) changing the status at once: the second update finds another status and fails,
        // so there is one status change and one round of mails, not two.
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(f => f.Title).HasMaxLength(FeedbackItem.TitleMaxLength).IsRequired();
        builder.Property(f => f.Text).HasMaxLength(FeedbackItem.TextMaxLength).IsRequired();
        builder.Property(f => f.SenderMemberId).HasMaxLength(450).IsRequired();
        builder.Property(f => f.ScreenshotKey).HasMaxLength(64);
        builder.Property(f => f.PublicAnswer).HasMaxLength(FeedbackStatusChange.AnswerMaxLength);
        builder.HasIndex(f => f.Status);
        builder.HasIndex(f => f.SenderMemberId);
        builder.HasOne(f => f.Listing).WithMany().HasForeignKey(f => f.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FeedbackItem>().WithMany().HasForeignKey(f => f.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(f => f.IsMerged);
        builder.Ignore(f => f.IsClosed);
    }
}
