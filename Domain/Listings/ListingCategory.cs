using HalloBot.Domain.Categories;

namespace HalloBot.Domain.Listings;

public sealed class ListingCategory
{
    private ListingCategory()
    {
    }

    internal ListingCategory(Listing listing, Category category, int position)
    {
        Listing = listing;
        Category = category;
        CategoryId = category.Id;
        Position = position;
    }

    public int ListingId { get; private set; }
    public Listing Listing { get; private set; } = null!;
    public int CategoryId { get; private set; }
    public Category Category { get; private set; } = null!;
    public int Position { get; private set; }
}
