using HalloBot.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class FeedbackStatusChangeConfiguration : IEntityTypeConfiguration<FeedbackStatusChange>
{
    public void Configure(EntityTypeBuilder<FeedbackStatusChange> builder)
    {
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Answer).HasMaxLength(FeedbackStatusChange.AnswerMaxLength).IsRequired();
        builder.Property(c => c.StaffMemberId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.StaffName).HasMaxLength(FeedbackStatusChange.StaffNameMaxLength).IsRequired();
        builder.HasIndex(c => c.FeedbackId);
        builder.HasOne<FeedbackItem>().WithMany().HasForeignKey(c => c.FeedbackId).OnDelete(DeleteBehavior.Cascade);
    }
}
