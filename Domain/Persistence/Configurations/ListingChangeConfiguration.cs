using HalloBot.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

/// <remarks>No foreign keys: the trail outlives a deleted listing or account.</remarks>
internal sealed class ListingChangeConfiguration : IEntityTypeConfiguration<ListingChange>
{
    public void Configure(EntityTypeBuilder<ListingChange> builder)
    {
        builder.Property(c => c.Field).HasMaxLength(ListingChange.FieldMaxLength).IsRequired();
        builder.Property(c => c.OldValue).HasMaxLength(ListingChange.ValueMaxLength);
        builder.Property(c => c.NewValue).HasMaxLength(ListingChange.ValueMaxLength);
        builder.Property(c => c.ActorMemberId).HasMaxLength(450);
        builder.Property(c => c.ActorName).HasMaxLength(ListingChange.ActorNameMaxLength).IsRequired();
        builder.HasIndex(c => new { c.ListingId, c.ChangedAt });
    }
}
