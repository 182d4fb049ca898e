using HalloBot.Domain.Categories;
using HalloBot.Domain.Listings;

namespace HalloBot.UnitTests.Listings;

public sealed class ListingTests
{
    private static Listing NewListing() =>
        new("Bäckerei Müller", "baeckerei-mueller", new PostalAddress("Hauptstraße 1", "46244", "Bottrop"), DateTime.UtcNow);

    [Fact]
    public void Rename_NewSlug_KeepsOldSlugAsRedirect()
    {
        var listing = NewListing();
        listing.Rename("Bäckerei Müller & Sohn", "baeckerei-mueller-sohn");
        Assert.Equal("baeckerei-mueller-sohn", listing.Slug);
        Assert.Equal(["baeckerei-mueller"], listing.FormerSlugs.Select(r => r.Slug));
    }

    [Fact]
    public void Rename_BackToFormerName_DropsThatRedirectAndKeepsTheOther()
    {
        var listing = NewListing();
        listing.Rename("Neu", "neu");
        listing.Rename("Bäckerei Müller", "baeckerei-mueller");
        Assert.Equal("baeckerei-mueller", listing.Slug);
        Assert.Equal(["neu"], listing.FormerSlugs.Select(r => r.Slug));
    }

    [Fact]
    public void Rename_SameSlug_AddsNoRedirect()
    {
        var listing = NewListing();
        listing.Rename("BÄCKEREI MÜLLER", "baeckerei-mueller");
        Assert.Empty(listing.FormerSlugs);
        Assert.Equal("BÄCKEREI MÜLLER", listing.Name);
    }

    [Fact]
    public void SetCategories_KeepsGivenOrder()
    {
        var listing = NewListing();
        listing.SetCategories([new Category("Café"), new Category("Bäckerei")]);
        Assert.Equal(["Café", "Bäckerei"], listing.OrderedCategories.Select(c => c.Name));
    }

    [Fact]
    public void SetCategories_None_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewListing().SetCategories([]));
}
