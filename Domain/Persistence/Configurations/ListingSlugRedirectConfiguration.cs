using HalloBot.Domain.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class ListingSlugRedirectConfiguration : IEntityTypeConfiguration<ListingSlugRedirect>
{
    public void Configure(EntityTypeBuilder<ListingSlugRedirect> builder)
    {
        builder.Property(r => r.Slug).HasMaxLength(100).IsRequired();
        builder.HasIndex(r => r.Slug).IsUnique();
    }
}
