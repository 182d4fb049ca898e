using HalloBot.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.Property(m => m.DeduplicationKey).HasMaxLength(OutgoingMail.KeyMaxLength).IsRequired();
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.Property(m => m.Kind).HasMaxLength(OutgoingMail.KindMaxLength).IsRequired();
        builder.Property(m => m.Recipient).HasMaxLength(OutgoingMail.RecipientMaxLength).IsRequired();
        builder.Property(m => m.Culture).HasMaxLength(10).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(OutgoingMail.SubjectMaxLength).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(OutgoingMail.UrlMaxLength);
        builder.Property(m => m.ReplyTo).HasMaxLength(OutgoingMail.RecipientMaxLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LastError).HasMaxLength(OutgoingMail.LastErrorMaxLength);
        builder.HasIndex(m => new { m.Status, m.CreatedAt });
        builder.HasIndex(m => m.Recipient);
    }
}
