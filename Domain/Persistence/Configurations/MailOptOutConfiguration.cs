using HalloBot.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class MailOptOutConfiguration : IEntityTypeConfiguration<MailOptOut>
{
    public void Configure(EntityTypeBuilder<MailOptOut> builder)
    {
        builder.Property(o => o.Email).HasMaxLength(OutgoingMail.RecipientMaxLength).IsRequired();
        builder.Property(o => o.Kind).HasMaxLength(OutgoingMail.KindMaxLength).IsRequired();
        builder.HasIndex(o => new { o.Email, o.Kind }).IsUnique();
    }
}
