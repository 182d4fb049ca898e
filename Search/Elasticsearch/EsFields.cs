namespace HalloBot.Search.Elasticsearch;

/// <summary>Field names of the Elasticsearch documents and how much a match in each text field weighs.</summary>
internal static class EsFields
{
    public const string ListingId = "listing_id";
    public const string Slug = "slug";
    public const string ExternalId = "external_id";
    public const string Name = "name";
    public const string NameSort = "name.sort";
    public const string NamePrefix = "name.prefix";
    public const string Categories = "categories";
    public const string CategorySlugs = "category_slugs";
    public const string CategoryFacet = "category_facet";
    public const string District = "district";
    public const string DistrictSlug = "district_slug";
    public const string DistrictFacet = "district_facet";
    public const string Keywords = "keywords";
    public const string Offers = "offers";
    public const string Description = "description";
    public const string Features = "features";
    public const string Location = "location";
    public const string OpeningHours = "opening_hours";
    public const string UpdatedAt = "updated_at";
    public const string Wheelchair = "wheelchair";
    public const string Accessibility = "accessibility";

    /// <summary>All text fields in one (copy_to): "every word somewhere" for typos and prefixes.</summary>
    public const string AllText = "all_text";
    public const string AllTextPrefix = "all_text.prefix";

    /// <summary>Words as written (lower-cased only), for "Meinten Sie …?".</summary>
    public const string Spell = "spell";

    /// <summary>Separates slug and display name in the facet values ("baeckerei\u001fBäckerei"), as in the Lucene index.</summary>
    public const char LabelSeparator = '\u001f';

    /// <summary>Name &gt; category &gt; keywords &gt; offers &gt; description; the district's name only a little (as Lucene).</summary>
    public static readonly (string Field, double Weight)[] TextFields =
    [
        (Name, 5),
        (Categories, 4),
        (Keywords, 3),
        (Offers, 2),
        (Description, 1),
        (District, 1),
    ];
}
