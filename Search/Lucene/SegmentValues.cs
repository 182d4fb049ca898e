using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HalloBot.Search.Lucene;

/// <summary>
/// The doc values of one segment decoded once into arrays (facet ordinals, hours ordinal, position), so that filtering
/// and facet counting over 100,000 documents is array access. Segments are immutable: the arrays are cached per
/// segment core and shared by every searcher that contains the segment.
/// </summary>
internal sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = new();

    private SegmentValues(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        Categories = MultiValued.Read(reader.GetSortedSetDocValues(LuceneFields.CategoryFacet), maxDoc);
        Districts = MultiValued.Read(reader.GetSortedSetDocValues(LuceneFields.DistrictFacet), maxDoc);
        Features = MultiValued.Read(reader.GetSortedSetDocValues(LuceneFields.FeatureFacet), maxDoc);

        HoursOrdinals = new int[maxDoc];
        var hours = reader.GetSortedDocValues(LuceneFields.Hours);
        if (hours is null)
        {
            Array.Fill(HoursOrdinals, -1);
            HoursValues = [];
        }
        else
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                HoursOrdinals[doc] = hours.GetOrd(doc);
            }

            HoursValues = new string[hours.ValueCount];
            var bytes = new BytesRef();
            for (var ord = 0; ord < hours.ValueCount; ord++)
            {
                hours.LookupOrd(ord, bytes);
                HoursValues[ord] = bytes.Utf8ToString();
            }
        }

        Latitudes = ReadDoubles(reader, LuceneFields.LatitudeValues, maxDoc);
        Longitudes = ReadDoubles(reader, LuceneFields.LongitudeValues, maxDoc);
    }

    public MultiValued Categories { get; }
    public MultiValued Districts { get; }
    public MultiValued Features { get; }

    /// <summary>Per document the ordinal of its opening-hours string in <see cref="HoursValues"/>, or -1.</summary>
    public int[] HoursOrdinals { get; }

    public string[] HoursValues { get; }

    /// <summary>NaN where a document has no position.</summary>
    public double[] Latitudes { get; }

    public double[] Longitudes { get; }

    public static SegmentValues Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentValues(reader));

    private static double[] ReadDoubles(AtomicReader reader, string field, int maxDoc)
    {
        var result = new double[maxDoc];
        var values = reader.GetNumericDocValues(field);
        var present = reader.GetDocsWithField(field);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            result[doc] = values is not null && present is not null && present.Get(doc)
                ? BitConverter.Int64BitsToDouble(values.Get(doc))
                : double.NaN;
        }

        return result;
    }

    /// <summary>A multi-valued facet field: per document its value ordinals (compressed rows), and the values.</summary>
    internal sealed class MultiValued
    {
        private MultiValued(int[] starts, int[] ordinals, string[] values)
        {
            Starts = starts;
            Ordinals = ordinals;
            Values = values;
        }

        /// <summary>Ordinals of document d are Ordinals[Starts[d]..Starts[d + 1]].</summary>
        public int[] Starts { get; }

        public int[] Ordinals { get; }
        public string[] Values { get; }

        public static MultiValued Read(SortedSetDocValues? docValues, int maxDoc)
        {
            var starts = new int[maxDoc + 1];
            if (docValues is null)
            {
                return new MultiValued(starts, [], []);
            }

            var ordinals = new List<int>(maxDoc);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ordinals.Count;
                docValues.SetDocument(doc);
                long ord;
                while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ordinals.Add((int)ord);
                }
            }

            starts[maxDoc] = ordinals.Count;
            var values = new string[docValues.ValueCount];
            var bytes = new BytesRef();
            for (var ord = 0; ord < values.Length; ord++)
            {
                docValues.LookupOrd(ord, bytes);
                values[ord] = bytes.Utf8ToString();
            }

            return new MultiValued(starts, [.. ordinals], values);
        }

        /// <summary>Per ordinal: is its value one of <paramref name="wanted"/>? Null when nothing is wanted (no filter).</summary>
        public bool[]? Select(IReadOnlyCollection<string>? wanted, Func<string, string> keyOf)
        {
            if (wanted is null)
            {
                return null;
            }

            var selected = new bool[Values.Length];
            for (var ord = 0; ord < Values.Length; ord++)
            {
                selected[ord] = wanted.Contains(keyOf(Values[ord]));
            }

            return selected;
        }

        public bool HasAny(int doc, bool[] selected)
        {
            for (var i = Starts[doc]; i < Starts[doc + 1]; i++)
            {
                if (selected[Ordinals[i]])
                {
                    return true;
                }
            }

            return false;
        }

        public int CountOf(int doc, bool[] selected)
        {
            var count = 0;
            for (var i = Starts[doc]; i < Starts[doc + 1]; i++)
            {
                if (selected[Ordinals[i]])
                {
                    count++;
                }
            }

            return count;
        }

        public void AddCounts(int doc, int[] counts)
        {
            for (var i = Starts[doc]; i < Starts[doc + 1]; i++)
            {
                counts[Ordinals[i]]++;
            }
        }
    }
}
