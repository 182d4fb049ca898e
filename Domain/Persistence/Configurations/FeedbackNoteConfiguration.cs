using HalloBot.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class FeedbackNoteConfiguration : IEntityTypeConfiguration<FeedbackNote>
{
    public void Configure(EntityTypeBuilder<FeedbackNote> builder)
    {
        builder.Property(n => n.AuthorMemberId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.AuthorName).HasMaxLength(FeedbackStatusChange.StaffNameMaxLength).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(FeedbackNote.TextMaxLength).IsRequired();
        builder.HasIndex(n => n.FeedbackId);
        builder.HasOne<FeedbackItem>().WithMany().HasForeignKey(n => n.FeedbackId).OnDelete(DeleteBehavior.Cascade);
    }
}
