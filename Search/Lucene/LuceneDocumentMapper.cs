using System.Globalization;
using System.Text;
using HalloBot.Search.Contract;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace HalloBot.Search.Lucene;

/// <summary>Turns a <see cref="SearchDocument"/> into the Lucene document: text fields, facet doc values, geo and sort values.</summary>
internal static class LuceneDocumentMapper
{
    public static Document ToDocument(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(LuceneFields.Id, IdTerm(source.ListingId), Field.Store.NO),
            new TextField(LuceneFields.Name, source.Name, Field.Store.NO),
            new TextField(LuceneFields.Description, source.Description, Field.Store.NO),
            new TextField(LuceneFields.Suggest, source.Name, Field.Store.NO),
            new TextField(LuceneFields.Spell, source.Name, Field.Store.NO),
            new SortedDocValuesField(LuceneFields.NameSort, new BytesRef(NameSortKey(source.Name))),
        };

        // What a hit shows, in one doc value rather than stored fields (HitData says why).
        document.Add(new BinaryDocValuesField(LuceneFields.HitData, HitData.Encode(source)));

        foreach (var category in source.Categories)
        {
            document.Add(new TextField(LuceneFields.Category, category.Name, Field.Store.NO));
            document.Add(new TextField(LuceneFields.Spell, category.Name, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(LuceneFields.CategoryFacet, new BytesRef(FacetValue(category))));
        }

        if (source.District is { } district)
        {
            document.Add(new TextField(LuceneFields.District, district.Name, Field.Store.NO));
            document.Add(new TextField(LuceneFields.Spell, district.Name, Field.Store.NO));
            document.Add(new StringField(LuceneFields.DistrictSlug, district.Slug, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(LuceneFields.DistrictFacet, new BytesRef(FacetValue(district))));
        }

        foreach (var keyword in source.Keywords)
        {
            document.Add(new TextField(LuceneFields.Keywords, keyword, Field.Store.NO));
            document.Add(new TextField(LuceneFields.Spell, keyword, Field.Store.NO));
        }

        foreach (var offer in source.Offers)
        {
            document.Add(new TextField(LuceneFields.Offers, offer, Field.Store.NO));
        }

        foreach (var text in source.Categories.Select(c => c.Name).Concat(source.Keywords).Concat(source.Offers).Append(source.Name).Append(source.Description))
        {
            document.Add(new TextField(LuceneFields.Extra, text, Field.Store.NO));
        }

        foreach (var feature in OfferFlag.IndexedFeatures(source).Select(f => f.Trim().ToLowerInvariant()).Distinct())
        {
            document.Add(new SortedSetDocValuesField(LuceneFields.FeatureFacet, new BytesRef(feature)));
        }

        if (!string.IsNullOrWhiteSpace(source.Wheelchair))
        {
            document.Add(new StringField(LuceneFields.Wheelchair, source.Wheelchair.Trim().ToLowerInvariant(), Field.Store.NO));
        }

        foreach (var fact in AccessibilityCodes.Clean(source.Accessibility))
        {
            document.Add(new StringField(LuceneFields.Accessibility, fact, Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(source.OpeningHours))
        {
            document.Add(new SortedDocValuesField(LuceneFields.Hours, new BytesRef(source.OpeningHours)));
        }

        if (source.Location is { } location)
        {
            document.Add(new DoubleField(LuceneFields.Latitude, location.Latitude, Field.Store.NO));
            document.Add(new DoubleField(LuceneFields.Longitude, location.Longitude, Field.Store.NO));
            document.Add(new NumericDocValuesField(LuceneFields.LatitudeValues, BitConverter.DoubleToInt64Bits(location.Latitude)));
            document.Add(new NumericDocValuesField(LuceneFields.LongitudeValues, BitConverter.DoubleToInt64Bits(location.Longitude)));
        }

        return document;
    }

    public static string IdTerm(int listingId) => listingId.ToString(CultureInfo.InvariantCulture);

    public static string FacetValue(SearchTerm term) => term.Slug + LuceneFields.LabelSeparator + term.Name;

    /// <summary>
    /// German dictionary order (DIN 5007-1: ä sorts as a, ß as ss, case ignored), then the name itself so that the
    /// order is total. Byte order of the UTF-8 key is the sort order.
    /// </summary>
    public static string NameSortKey(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == 'ß')
            {
                folded.Append("ss");
            }
            else if (char.IsLetterOrDigit(c) || c == ' ')
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Trim() + '\u0001' + name;
    }
}
