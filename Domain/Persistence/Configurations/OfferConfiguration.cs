using HalloBot.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(Offer.TitleMaxLength).IsRequired();
        builder.Property(o => o.Description).HasMaxLength(Offer.DescriptionMaxLength).IsRequired();
        builder.ComplexProperty(o => o.Price, price =>
        {
            price.Property(p => p.Kind).HasColumnName("PriceKind").HasConversion<string>().HasMaxLength(20);
            price.Property(p => p.Cents).HasColumnName("PriceCents");
        });
        builder.Property(o => o.Availability).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(o => o.ListingId);
        builder.HasOne(o => o.Listing).WithMany().HasForeignKey(o => o.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
