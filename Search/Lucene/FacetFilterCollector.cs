using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HalloBot.Search.Lucene;

/// <summary>What a query asks beyond its text, resolved for the collector.</summary>
internal sealed record HitFilter(
    IReadOnlySet<string>? CategorySlugs,
    IReadOnlySet<string>? DistrictSlugs,
    IReadOnlySet<string>? FeatureCodes,
    Func<string, bool>? IsOpen,
    GeoCircle? Near);

/// <summary>A point and an optional radius (km); distances are computed from the point.</summary>
internal sealed record GeoCircle(double Latitude, double Longitude, double? RadiusKm);

/// <summary>
/// One pass over the documents that match the text (and the bounding box): applies the "open at" and exact radius
/// filters, counts each facet over the documents that pass every other facet's filter (so a chosen category still
/// shows the other categories with their counts), and hands the documents that pass all filters to the ranking
/// collector, or keeps the nearest ones when sorting by distance.
/// </summary>
internal sealed class FacetFilterCollector : ICollector
{
    private readonly HitFilter _filter;
    private readonly ICollector? _ranking;
    private readonly int _nearestWanted;
    private readonly PriorityQueue<(int Doc, double Distance), double>? _nearest;
    private readonly Dictionary<string, bool> _openByHours = new(StringComparer.Ordinal);
    private readonly FastDistance _geo;

    private SegmentValues _segment = null!;
    private int _docBase;
    private bool[]? _categorySelected;
    private bool[]? _districtSelected;
    private bool[]? _featureSelected;
    private int _featuresRequiredInSegment;
    private bool[]? _openOrdinals;
    private int[] _categoryCounts = [];
    private int[] _districtCounts = [];
    private int[] _featureCounts = [];

    /// <param name="ranking">Receives the hits in score or name order; null when sorting by distance.</param>
    /// <param name="nearestWanted">With distance sort: how many of the nearest hits to keep.</param>
    public FacetFilterCollector(HitFilter filter, ICollector? ranking, int nearestWanted)
    {
        _filter = filter;
        _ranking = ranking;
        _nearestWanted = nearestWanted;
        _geo = filter.Near is { } near ? new FastDistance(near.Latitude, near.Longitude) : default;
        if (ranking is null)
        {
            _nearest = new PriorityQueue<(int, double), double>(Comparer<double>.Create((a, b) => b.CompareTo(a)));
        }
    }

    public long Total { get; private set; }

    public Dictionary<string, long> CategoryCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> DistrictCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> FeatureCounts { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => false;

    /// <summary>
    /// With distance sort: the nearest hits, nearest first (documents without a position last). Their distances are
    /// the fast approximation (good to a fraction of a percent at city scale); report exact ones from the page.
    /// </summary>
    public IReadOnlyList<(int Doc, double Distance)> Nearest()
    {
        if (_nearest is null)
        {
            return [];
        }

        var list = new List<(int Doc, double Distance)>(_nearest.Count);
        while (_nearest.TryDequeue(out var item, out _))
        {
            list.Add(item);
        }

        list.Reverse();
        return list;
    }

    public void SetScorer(Scorer scorer) => _ranking?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushCounts();
        _segment = SegmentValues.Of(context.AtomicReader);
        _docBase = context.DocBase;
        _categorySelected = _segment.Categories.Select(_filter.CategorySlugs, SlugOf);
        _districtSelected = _segment.Districts.Select(_filter.DistrictSlugs, SlugOf);
        _featureSelected = _segment.Features.Select(_filter.FeatureCodes, v => v);
        _featuresRequiredInSegment = _featureSelected?.Count(s => s) ?? 0;
        _openOrdinals = _filter.IsOpen is null ? null : Array.ConvertAll(_segment.HoursValues, IsOpen);
        _categoryCounts = new int[_segment.Categories.Values.Length];
        _districtCounts = new int[_segment.Districts.Values.Length];
        _featureCounts = new int[_segment.Features.Values.Length];
        _ranking?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_openOrdinals is not null)
        {
            var hours = _segment.HoursOrdinals[doc];
            if (hours < 0 || !_openOrdinals[hours])
            {
                return;
            }
        }

        var distance = double.PositiveInfinity;
        if (_filter.Near is { } near && (near.RadiusKm is not null || _ranking is null))
        {
            var latitude = _segment.Latitudes[doc];
            if (!double.IsNaN(latitude))
            {
                distance = _geo.ApproximateKm(latitude, _segment.Longitudes[doc]);
            }

            if (near.RadiusKm is { } radius && !_geo.IsWithin(distance, radius, latitude, _segment.Longitudes[doc]))
            {
                return;
            }
        }

        var categoryOk = _categorySelected is null || _segment.Categories.HasAny(doc, _categorySelected);
        var districtOk = _districtSelected is null || _segment.Districts.HasAny(doc, _districtSelected);
        var featureOk = _featureSelected is null
            || (_featuresRequiredInSegment == _filter.FeatureCodes!.Count
                && _segment.Features.CountOf(doc, _featureSelected) == _featuresRequiredInSegment);

        if (districtOk && featureOk)
        {
            _segment.Categories.AddCounts(doc, _categoryCounts);
        }

        if (categoryOk && featureOk)
        {
            _segment.Districts.AddCounts(doc, _districtCounts);
        }

        if (categoryOk && districtOk)
        {
            _segment.Features.AddCounts(doc, _featureCounts);
        }

        if (!(categoryOk && districtOk && featureOk))
        {
            return;
        }

        Total++;
        if (_ranking is not null)
        {
            _ranking.Collect(doc);
        }
        else if (_nearest!.Count < _nearestWanted)
        {
            _nearest.Enqueue((_docBase + doc, distance), distance);
        }
        else if (_nearestWanted > 0 && distance < _nearest.Peek().Distance)
        {
            _nearest.EnqueueDequeue((_docBase + doc, distance), distance);
        }
    }

    /// <summary>Adds the counts of the last segment; call once after the search.</summary>
    public void Finish() => FlushCounts();

    internal static string SlugOf(string facetValue)
    {
        var separator = facetValue.IndexOf(LuceneFields.LabelSeparator, StringComparison.Ordinal);
        return separator < 0 ? facetValue : facetValue[..separator];
    }

    private bool IsOpen(string hours)
    {
        if (!_openByHours.TryGetValue(hours, out var open))
        {
            _openByHours[hours] = open = _filter.IsOpen!(hours);
        }

        return open;
    }

    private void FlushCounts()
    {
        if (_segment is null)
        {
            return;
        }

        Flush(_categoryCounts, _segment.Categories.Values, CategoryCounts);
        Flush(_districtCounts, _segment.Districts.Values, DistrictCounts);
        Flush(_featureCounts, _segment.Features.Values, FeatureCounts);
        _categoryCounts = _districtCounts = _featureCounts = [];
    }

    private static void Flush(int[] counts, string[] values, Dictionary<string, long> into)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                into[values[ord]] = into.GetValueOrDefault(values[ord]) + counts[ord];
            }
        }
    }
}
