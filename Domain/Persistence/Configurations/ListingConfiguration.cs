using HalloBot.Domain.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> builder)
    {
        builder.Property(l => l.ExternalId).HasMaxLength(100);
        builder.HasIndex(l => l.ExternalId).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(Listing.NameMaxLength).IsRequired();
        builder.Property(l => l.Slug).HasMaxLength(100).IsRequired();
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.Property(l => l.Description).HasMaxLength(Listing.DescriptionMaxLength).IsRequired();
        builder.ComplexProperty(l => l.Address, address =>
        {
            address.Property(a => a.Street).HasColumnName("Street").HasMaxLength(PostalAddress.StreetMaxLength).IsRequired();
            address.Property(a => a.PostalCode).HasColumnName("PostalCode").HasMaxLength(5).IsRequired();
            address.Property(a => a.City).HasColumnName("City").HasMaxLength(PostalAddress.CityMaxLength).IsRequired();
        });
        builder.OwnsOne(l => l.Location, location =>
        {
            location.Property(p => p.Latitude).HasColumnName("Latitude");
            location.Property(p => p.Longitude).HasColumnName("Longitude");
        });
        builder.ComplexProperty(l => l.Accessibility, facts =>
        {
            facts.Property(f => f.Wheelchair).HasColumnName("Wheelchair");
            facts.Property(f => f.WheelchairToilet).HasColumnName("WheelchairToilet");
            facts.Property(f => f.HearingLoop).HasColumnName("HearingLoop");
            facts.Property(f => f.Seating).HasColumnName("Seating");
        });
        builder.Property(l => l.Phone).HasMaxLength(50);
        builder.Property(l => l.Email).HasMaxLength(254);
        builder.Property(l => l.Website).HasMaxLength(500);
        builder.Property(l => l.OpeningHours).HasMaxLength(1000);
        builder.PrimitiveCollection(l => l.Keywords);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(l => l.Status);
        builder.HasOne(l => l.District).WithMany().HasForeignKey(l => l.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Categories).WithOne(c => c.Listing).HasForeignKey(c => c.ListingId);
        builder.Navigation(l => l.Categories).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(l => l.FormerSlugs).WithOne().HasForeignKey(r => r.ListingId);
        builder.Navigation(l => l.FormerSlugs).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(l => l.OrderedCategories);
        builder.Ignore(l => l.IsPublic);
    }
}
