namespace HalloBot.Search.Lucene;

/// <summary>Field names of the Lucene documents, and how much a match in each text field weighs.</summary>
internal static class LuceneFields
{
    public const string Id = "id";
    public const string Slug = "slug";
    public const string Name = "name";
    public const string Category = "category";
    public const string Keywords = "keywords";
    public const string Offers = "offers";
    public const string Description = "description";
    public const string District = "district";
    public const string Suggest = "suggest";
    public const string Spell = "spell";
    public const string Extra = "extra";

    public const string DistrictSlug = "district_slug";
    public const string CategoryFacet = "category_facet";
    public const string DistrictFacet = "district_facet";
    public const string FeatureFacet = "feature_facet";
    public const string Hours = "hours";
    public const string Latitude = "lat";
    public const string Longitude = "lon";
    public const string LatitudeValues = "lat_dv";
    public const string LongitudeValues = "lon_dv";
    public const string NameSort = "name_sort";
    public const string HitData = "hit_data";
    public const string Wheelchair = "wheelchair";
    public const string Accessibility = "accessibility";

    /// <summary>Separates slug and display name in the facet doc values ("baeckerei\u001fBäckerei").</summary>
    public const char LabelSeparator = '\u001f';

    /// <summary>Name &gt; category &gt; keywords &gt; offers &gt; description; the district's name only a little.</summary>
    public static readonly (string Field, float Weight)[] TextFields =
    [
        (Name, 5f),
        (Category, 4f),
        (Keywords, 3f),
        (Offers, 2f),
        (Description, 1f),
        (District, 1f),
        (Extra, 1f),
    ];

    /// <summary>The fields whose words count as "known" (a word unknown in them is searched with typo tolerance).</summary>
    public static readonly string[] PrimaryFields = [Name, Category, Keywords];
}
