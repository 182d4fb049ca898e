using HalloBot.Search.Contract;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HalloBot.Search.Lucene;

/// <summary>One search on one searcher: builds the query and filters, collects, and turns the page into hits.</summary>
internal sealed class SearchExecution(IndexSearcher searcher, SearchQuery query, LuceneSearchIndex index)
{
    private static readonly Sort ByName = new(new SortField(LuceneFields.NameSort, SortFieldType.STRING));
    private static readonly HashSet<string> LegacyStoredFields = [LuceneFields.Id, LuceneFields.Slug, LuceneFields.Name, LuceneFields.Description];

    private readonly Dictionary<int, HitData.Reader> _hitData = [];

    public SearchResult Run()
    {
        var reader = searcher.IndexReader;
        var caches = index.CachesOf(reader);
        var text = query.Text?.Trim();
        var plan = string.IsNullOrEmpty(text) ? null : index.QueryBuilder.Build(text, caches.Catalog, reader, () => caches.Lexicon, () => caches.Speller);
        var pruner = new QueryPruner(reader);
        var luceneQuery = WithAccessibility(plan is null ? new MatchAllDocsQuery() : pruner.Prune(plan.Query));
        var sort = query.Sort == SearchSort.Relevance && plan is null ? SearchSort.Name : query.Sort;

        var wanted = (int)Math.Min((long)query.Page * query.PageSize, Math.Max(1, reader.MaxDoc));
        ICollector? NewRanking() => sort switch
        {
            SearchSort.Relevance => TopScoreDocCollector.Create(wanted, true),
            SearchSort.Name => TopFieldCollector.Create(ByName, wanted, false, false, false, true),
            _ => null,
        };

        var ranking = NewRanking();
        var collector = Collect(luceneQuery, ranking, wanted);
        if (collector.Total == 0 && plan is not null)
        {
            // Nothing has all the words ("kuchen bestellen", "fahrradwerkstatt"): show what has some of them.
            var relaxed = index.QueryBuilder.Build(text!, caches.Catalog, reader, () => caches.Lexicon, () => caches.Speller, relaxed: true);
            var relaxedRanking = NewRanking();
            var second = Collect(WithAccessibility(pruner.Prune(relaxed.Query)), relaxedRanking, wanted);
            if (second.Total > 0)
            {
                (collector, ranking, plan) = (second, relaxedRanking, relaxed with { Words = plan.Words });
            }
        }

        var start = (query.Page - 1) * query.PageSize;
        IEnumerable<(int Doc, double Score)> page = ranking switch
        {
            TopDocsCollector<ScoreDoc> byScore => byScore.GetTopDocs(start, query.PageSize).ScoreDocs.Select(d => (d.Doc, (double)d.Score)),
            TopDocsCollector<FieldValueHitQueue.Entry> byName => byName.GetTopDocs(start, query.PageSize).ScoreDocs.Select(d => (d.Doc, 0d)),
            _ => collector.Nearest().Skip(start).Take(query.PageSize).Select(n => (n.Doc, 0d)),
        };

        var hits = page.Select(p => ToHit(p.Doc, p.Score, plan)).ToList();
        var facets = OfferFlag.Separate(
            Facet(collector.CategoryCounts),
            Facet(collector.DistrictCounts),
            Facet(collector.FeatureCounts));
        var didYouMean = plan is not null && (collector.Total == 0 || plan.Words.Any(w => !w.Known))
            ? caches.Speller.Correct(plan.Words)
            : null;
        return new SearchResult(collector.Total, hits, facets, didYouMean);
    }

    private FacetFilterCollector Collect(Query luceneQuery, ICollector? ranking, int wanted)
    {
        var collector = new FacetFilterCollector(Filter(), ranking, wanted);
        searcher.Search(luceneQuery, collector);
        collector.Finish();
        return collector;
    }

    private HitFilter Filter()
    {
        static IReadOnlySet<string>? SetOf(IReadOnlyCollection<string> values, bool lowerCase) =>
            values.Count == 0 ? null : values.Select(v => lowerCase ? v.Trim().ToLowerInvariant() : v.Trim()).ToHashSet(StringComparer.Ordinal);

        var openAt = query.OpenAt;
        return new HitFilter(
            SetOf(query.Categories, lowerCase: false),
            SetOf(query.Districts, lowerCase: false),
            SetOf(OfferFlag.RequiredFeatures(query).ToList(), lowerCase: true),
            openAt is { } instant ? hours => index.IsOpenAt(hours, instant) : null,
            query.Near is { } near ? new GeoCircle(near.Latitude, near.Longitude, query.RadiusKm) : null);
    }

    /// <summary>The accessibility filters (one of the wheelchair values, every fact asked for), then the bounding box.</summary>
    private Query WithAccessibility(Query inner)
    {
        var wheelchair = AccessibilityCodes.Clean(query.Wheelchair);
        var facts = AccessibilityCodes.Clean(query.Accessibility);
        if (wheelchair.Count + facts.Count == 0)
        {
            return WithBoundingBox(inner);
        }

        var required = new BooleanQuery();
        if (wheelchair.Count > 0)
        {
            var anyOf = new BooleanQuery();
            foreach (var value in wheelchair)
            {
                anyOf.Add(new TermQuery(new Term(LuceneFields.Wheelchair, value)), Occur.SHOULD);
            }

            required.Add(anyOf, Occur.MUST);
        }

        foreach (var fact in facts)
        {
            required.Add(new TermQuery(new Term(LuceneFields.Accessibility, fact)), Occur.MUST);
        }

        return WithBoundingBox(new FilteredQuery(inner, new QueryWrapperFilter(required)));
    }

    private Query WithBoundingBox(Query inner)
    {
        if (query.Near is not { } near || query.RadiusKm is not { } radius)
        {
            return inner;
        }

        var (minLat, maxLat, minLon, maxLon) = Geo.BoundingBox(near.Latitude, near.Longitude, radius);
        return new FilteredQuery(
            new FilteredQuery(inner, NumericRangeFilter.NewDoubleRange(LuceneFields.Latitude, minLat, maxLat, true, true)),
            NumericRangeFilter.NewDoubleRange(LuceneFields.Longitude, minLon, maxLon, true, true));
    }

    private SearchHit ToHit(int doc, double score, TextQueryPlan? plan)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var segment = SegmentValues.Of(leaf.AtomicReader);
        var local = doc - leaf.DocBase;
        if (!_hitData.TryGetValue(leaf.Ord, out var hitData))
        {
            _hitData[leaf.Ord] = hitData = HitData.Open(leaf.AtomicReader);
        }

        var data = hitData.Get(local) ?? StoredHitData(doc);
        double? distance = null;
        if (query.Near is { } near && !double.IsNaN(segment.Latitudes[local]))
        {
            distance = Geo.DistanceKm(near.Latitude, near.Longitude, segment.Latitudes[local], segment.Longitudes[local]);
        }

        string? highlight = null;
        if (plan is not null)
        {
            highlight = index.Highlighter.Highlight(data.Description, plan.Terms, wholeText: false)
                ?? index.Highlighter.Highlight(data.Name, plan.Terms, wholeText: true);
        }

        var hours = segment.HoursOrdinals[local];
        return new SearchHit(data.ListingId, data.Slug, score, distance, highlight)
        {
            Name = data.Name,
            ExternalId = data.ExternalId,
            Categories = data.Categories,
            District = data.District,
            OpeningHours = hours < 0 ? null : segment.HoursValues[hours],
        };
    }

    /// <summary>An index written before <see cref="HitData"/> existed stored id, slug, name and description; a reindex adds the rest.</summary>
    private HitData StoredHitData(int doc)
    {
        var document = searcher.Doc(doc, LegacyStoredFields);
        var listingId = int.Parse(document.Get(LuceneFields.Id), System.Globalization.CultureInfo.InvariantCulture);
        return new HitData(listingId, document.Get(LuceneFields.Slug), null, document.Get(LuceneFields.Name) ?? "", [], null, document.Get(LuceneFields.Description) ?? "");
    }

    private static List<FacetCount> Facet(Dictionary<string, long> counts) =>
        counts
            .GroupBy(c => FacetFilterCollector.SlugOf(c.Key), StringComparer.Ordinal)
            .Select(g =>
            {
                var value = g.Key;
                var first = g.First().Key;
                var label = first.Length > value.Length ? first[(value.Length + 1)..] : value;
                return new FacetCount(value, label, g.Sum(c => c.Value));
            })
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Label, StringComparer.CurrentCulture)
            .ToList();
}
