using HalloBot.Domain.Audit;
using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Business;

/// <summary>The auditor alone, on objects: no database, no clock.</summary>
public sealed class ListingAuditorTests
{
    private static readonly ChangeActor Actor = new("m1", "Anna", IsStaff: false);
    private static readonly DateTime At = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Compare_SameListing_NoChanges()
    {
        var listing = Listing();

        var changes = ListingAuditor.Compare(1, Snapshot(listing), Snapshot(listing), Actor, At);

        Assert.Empty(changes);
    }

    [Fact]
    public void Compare_EmptyAndNull_AreTheSame()
    {
        var listing = Listing();
        var before = Snapshot(listing);
        listing.Description = "";

        Assert.Empty(ListingAuditor.Compare(1, before, Snapshot(listing), Actor, At));
    }

    [Fact]
    public void Compare_FieldsChanged_OneRowEachWithExchangeNamesAndValues()
    {
        var listing = Listing();
        var before = Snapshot(listing);
        listing.Address = listing.Address with { PostalCode = "46244" };
        listing.Location = new GeoPoint(51.5, 6.95);
        listing.Features = ListingFeatures.Parking | ListingFeatures.Delivery;
        listing.Accessibility = new AccessibilityFacts { Wheelchair = WheelchairAccess.Yes, Seating = false };
        listing.Keywords = ["Brot", "Kuchen"];

        var changes = ListingAuditor.Compare(7, before, ListingAuditor.Snapshot(listing, ["Café", "Bäckerei"], "Kirchhellen"), Actor, At);

        Assert.Equal(
            ["postal_code", "categories", "district", "latitude", "longitude", "keywords", "features", "wheelchair", "seating"],
            changes.Select(c => c.Field).OrderBy(f => Array.IndexOf(FieldOrder, f)));
        Assert.Equal(("46236", "46244"), Values(changes, "postal_code"));
        Assert.Equal(("Bäckerei", "Café|Bäckerei"), Values(changes, "categories"));
        Assert.Equal((null, "Kirchhellen"), Values(changes, "district"));
        Assert.Equal((null, "51.5"), Values(changes, "latitude"));
        Assert.Equal((null, "delivery|parking"), Values(changes, "features"));
        Assert.Equal((null, "Brot|Kuchen"), Values(changes, "keywords"));
        Assert.Equal((null, "yes"), Values(changes, "wheelchair"));
        Assert.Equal((null, "no"), Values(changes, "seating"));
        Assert.All(changes, c => Assert.Equal((7, "m1", "Anna", false, At), (c.ListingId, c.ActorMemberId, c.ActorName, c.ByStaff, c.ChangedAt)));
    }

    private static readonly string[] FieldOrder =
        ["postal_code", "categories", "district", "latitude", "longitude", "keywords", "features", "wheelchair", "seating"];

    private static (string?, string?) Values(IReadOnlyList<ListingChange> changes, string field) =>
        changes.Single(c => c.Field == field) is var c ? (c.OldValue, c.NewValue) : default;

    private static Listing Listing() => TestData.Listing("Bäckerei Anton", [new HalloBot.Domain.Categories.Category("Bäckerei")]);

    private static IReadOnlyDictionary<string, string?> Snapshot(Listing listing) =>
        ListingAuditor.Snapshot(listing, ["Bäckerei"], null);
}
