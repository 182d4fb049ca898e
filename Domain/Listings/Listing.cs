using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;

namespace HalloBot.Domain.Listings;

/// <summary>A business in the directory: what residents find and what its owner keeps up to date.</summary>
public sealed class Listing
{
    public const int NameMaxLength = 120;
    public const int DescriptionMaxLength = 4000;

    private readonly List<ListingCategory> _categories = [];
    private readonly List<ListingSlugRedirect> _formerSlugs = [];

    private Listing()
    {
    }

    public Listing(string name, string slug, PostalAddress address, DateTime utcNow)
    {
        Name = name;
        Slug = slug;
        Address = address;
        CreatedAt = utcNow;
        UpdatedAt = utcNow;
    }

    public int Id { get; private set; }
    public string? ExternalId { get; set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string Description { get; set; } = "";
    public PostalAddress Address { get; set; } = null!;
    public int? DistrictId { get; private set; }
    public District? District { get; private set; }
    public GeoPoint? Location { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    /// <summary>The opening hours as an OpenStreetMap <c>opening_hours</c> string, checked on the way in.</summary>
    public string? OpeningHours { get; set; }

    public List<string> Keywords { get; set; } = [];
    public ListingFeatures Features { get; set; }

    /// <summary>Step-free entrance, accessible toilet, hearing loop, seating: what residents filter by.</summary>
    public AccessibilityFacts Accessibility { get; set; } = AccessibilityFacts.Unknown;

    public ListingStatus Status { get; set; } = ListingStatus.Draft;
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The categories in the order the business gave them; the first is its main category.</summary>
    public IReadOnlyList<ListingCategory> Categories => _categories;

    public IReadOnlyList<ListingSlugRedirect> FormerSlugs => _formerSlugs;

    public bool IsPublic => Status == ListingStatus.Published;

    public IEnumerable<Category> OrderedCategories =>
        _categories.OrderBy(c => c.Position).Select(c => c.Category);

    public void SetDistrict(District? district)
    {
        District = district;
        DistrictId = district?.Id;
    }

    /// <summary>Replaces the categories, keeping the given order.</summary>
    public void SetCategories(IReadOnlyList<Category> categories)
    {
        ArgumentOutOfRangeException.ThrowIfZero(categories.Count);
        _categories.Clear();
        for (var i = 0; i < categories.Count; i++)
        {
            _categories.Add(new ListingCategory(this, categories[i], i));
        }
    }

    /// <summary>
    /// Renames the listing. A new slug keeps the old one as a redirect so that links,
    /// bookmarks and search engines still reach the business.
    /// </summary>
    public void Rename(string name, string newSlug)
    {
        Name = name;
        if (newSlug == Slug)
        {
            return;
        }

        _formerSlugs.RemoveAll(r => r.Slug == newSlug);
        _formerSlugs.Add(new ListingSlugRedirect(Slug));
        Slug = newSlug;
    }

    public void Touch(DateTime utcNow) => UpdatedAt = utcNow;
}
