using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Contract;

/// <summary>
/// The behaviour every search backend must show. A backend's test class derives from this and supplies empty,
/// isolated indexes; the same tests then run against it.
/// </summary>
public abstract class SearchIndexContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Wednesday 11 June 2025, 10:00 in Bottrop.</summary>
    private static readonly DateTimeOffset WednesdayMorning = new(2025, 6, 11, 10, 0, 0, TimeSpan.FromHours(2));

    /// <summary>A new, empty index of the backend under test; the derived class cleans it up.</summary>
    protected abstract Task<ISearchIndex> CreateIndexAsync();

    protected async Task<ISearchIndex> IndexWithAsync(IReadOnlyCollection<SearchDocument> documents)
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(documents, None);
        return index;
    }

    private static async Task<int[]> IdsAsync(ISearchIndex index, SearchQuery query) =>
        (await index.SearchAsync(query, None)).Hits.Select(h => h.ListingId).ToArray();

    [SkippableFact]
    public async Task Upsert_SameDocumentTwice_IndexedOnce()
    {
        var index = await IndexWithAsync(Standard());
        await index.UpsertAsync([Standard()[0]], None);
        await index.UpsertAsync([Standard()[0]], None);

        Assert.Equal(6, await index.CountAsync(None));
        Assert.Equal(Ids(1), await IdsAsync(index, new SearchQuery { Text = "Overbeck" }));
    }

    [SkippableFact]
    public async Task Upsert_ChangedDocument_ReplacesTheOldVersion()
    {
        var index = await IndexWithAsync(Standard());
        await index.UpsertAsync([Document(1, "Konditorei Overbeck", [new SearchTerm("Konditorei", "konditorei")], Stadtmitte)], None);

        Assert.Equal(Ids(1), await IdsAsync(index, new SearchQuery { Text = "Konditorei" }));
        Assert.DoesNotContain(1, await IdsAsync(index, new SearchQuery { Text = "Brötchen" }));
        Assert.Equal(6, await index.CountAsync(None));
    }

    [SkippableFact]
    public async Task Search_Hit_CarriesWhatAResultListShows()
    {
        var index = await IndexWithAsync(Standard());

        var hits = (await index.SearchAsync(new SearchQuery { Text = "Terhorst" }, None)).Hits;

        var hit = Assert.Single(hits);
        Assert.Equal(2, hit.ListingId);
        Assert.Equal("backstube-terhorst", hit.Slug);
        Assert.Equal("Backstube Terhorst", hit.Name);
        Assert.Equal("ext-2", hit.ExternalId);
        Assert.Equal(["Bäckerei", "Café"], hit.Categories);
        Assert.Equal("Kirchhellen", hit.District);
        Assert.Equal("Mo-Fr 06:00-18:00; PH off", hit.OpeningHours);
    }

    [SkippableFact]
    public async Task Search_HitWithoutDistrictHoursOrExternalId_CarriesNulls()
    {
        var index = await IndexWithAsync([
            Document(1, "Kiosk am Eck", [new SearchTerm("Trinkhalle", "trinkhalle"), new SearchTerm("Kiosk", "kiosk")]) with { ExternalId = null },
            .. Standard().Skip(1)]);

        var hit = Assert.Single((await index.SearchAsync(new SearchQuery { Text = "Eck" }, None)).Hits);

        Assert.Equal("Kiosk am Eck", hit.Name);
        Assert.Equal(["Trinkhalle", "Kiosk"], hit.Categories);
        Assert.Null(hit.ExternalId);
        Assert.Null(hit.District);
        Assert.Null(hit.OpeningHours);
    }

    [SkippableFact]
    public async Task Upsert_ChangedDocument_HitShowsTheNewVersion()
    {
        var index = await IndexWithAsync(Standard());
        await index.UpsertAsync([Standard()[0] with { Name = "Bäckerei Overbeck & Söhne", Categories = [Cafe, Baeckerei], District = Eigen, OpeningHours = "24/7" }], None);

        var hit = Assert.Single((await index.SearchAsync(new SearchQuery { Text = "Overbeck" }, None)).Hits);

        Assert.Equal("Bäckerei Overbeck & Söhne", hit.Name);
        Assert.Equal(["Café", "Bäckerei"], hit.Categories);
        Assert.Equal("Eigen", hit.District);
        Assert.Equal("24/7", hit.OpeningHours);
    }

    [SkippableFact]
    public async Task Delete_TwiceAndUnknownIds_RemovesOnlyThoseListings()
    {
        var index = await IndexWithAsync(Standard());
        await index.DeleteAsync([4, 999], None);
        await index.DeleteAsync([4, 999], None);

        Assert.Equal(5, await index.CountAsync(None));
        Assert.Equal(Ids(5), await IdsAsync(index, new SearchQuery { Text = "Apotheke" }));
    }

    [SkippableFact]
    public async Task Search_EmptyText_ListsEverythingByGermanName()
    {
        var index = await IndexWithAsync(Standard());
        var result = await index.SearchAsync(new SearchQuery(), None);

        Assert.Equal(6, result.Total);
        Assert.Equal([1, 2, 3, 6, 5, 4], result.Hits.Select(h => h.ListingId));
        Assert.Null(result.DidYouMean);
    }

    [SkippableFact]
    public async Task Search_CategoryFilters_AreOredWithinTheFacet()
    {
        var index = await IndexWithAsync(Standard());
        var ids = await IdsAsync(index, new SearchQuery { Categories = ["apotheke", "friseur"] });
        Assert.Equal([4, 5, 6], ids.Order());
    }

    [SkippableFact]
    public async Task Search_DistrictFilter_ReturnsOnlyThatDistrict()
    {
        var index = await IndexWithAsync(Standard());
        var ids = await IdsAsync(index, new SearchQuery { Districts = ["kirchhellen"] });
        Assert.Equal([2, 3, 6], ids.Order());
    }

    [SkippableFact]
    public async Task Search_FeatureFilters_RequireEveryFeature()
    {
        var index = await IndexWithAsync(Standard());
        var ids = await IdsAsync(index, new SearchQuery { Features = ["card_payment", "parking"] });
        Assert.Equal([4], ids);
    }

    [SkippableFact]
    public async Task Search_TextAndFilter_CombinesBoth()
    {
        var index = await IndexWithAsync(Standard());
        var ids = await IdsAsync(index, new SearchQuery { Text = "bäckerei", Districts = ["kirchhellen"] });
        Assert.Equal([2], ids);
    }

    [SkippableFact]
    public async Task Search_Facets_CountEachFacetWithoutItsOwnFilter()
    {
        var index = await IndexWithAsync(Standard());
        var result = await index.SearchAsync(new SearchQuery { Categories = ["apotheke"], Districts = ["stadtmitte"] }, None);

        Assert.Equal([4], result.Hits.Select(h => h.ListingId));
        Assert.Equal(1, result.Total);
        // Categories counted with the district filter only: Stadtmitte has one bakery and one pharmacy.
        Assert.Equal([("apotheke", "Apotheke", 1L), ("baeckerei", "Bäckerei", 1L)], Counts(result.Facets.Category));
        // Districts counted with the category filter only: pharmacies in Stadtmitte and Eigen.
        Assert.Equal([("eigen", "Eigen", 1L), ("stadtmitte", "Stadtmitte", 1L)], Counts(result.Facets.District));
        // Features counted with both filters.
        Assert.Equal([("card_payment", 1L), ("parking", 1L)], result.Facets.Feature.Select(f => (f.Value, f.Count)).Order());
    }

    [SkippableFact]
    public async Task Search_FacetsWithoutFilters_CountAllHits()
    {
        var index = await IndexWithAsync(Standard());
        var result = await index.SearchAsync(new SearchQuery(), None);

        Assert.Equal([("apotheke", "Apotheke", 2L), ("baeckerei", "Bäckerei", 2L), ("cafe", "Café", 2L), ("friseur", "Friseur", 1L)],
            Counts(result.Facets.Category));
        Assert.Equal(3, result.Facets.District.Single(d => d.Value == "kirchhellen").Count);
        Assert.Equal(3, result.Facets.Feature.Single(f => f.Value == "card_payment").Count);
    }

    [SkippableFact]
    public async Task Search_OpenAtWeekdayMorning_ReturnsListingsOpenThen()
    {
        var index = await IndexWithAsync(Standard());
        Assert.Equal(Ids(1, 2, 3, 4, 5), (await IdsAsync(index, new SearchQuery { OpenAt = WednesdayMorning })).Order());
        Assert.Equal(Ids(4), await IdsAsync(index, new SearchQuery { OpenAt = WednesdayMorning.AddHours(10) }));
    }

    [SkippableFact]
    public async Task Search_OpenAtSunday_ExcludesListingsClosedOnSunday()
    {
        var index = await IndexWithAsync(Standard());
        var sunday = new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.FromHours(2));
        Assert.Equal(Ids(3, 4), (await IdsAsync(index, new SearchQuery { OpenAt = sunday })).Order());
    }

    [SkippableFact]
    public async Task Search_OpenAtPublicHoliday_ExcludesListingsClosedOnHolidays()
    {
        var index = await IndexWithAsync(Standard());
        var germanUnityDay = new DateTimeOffset(2025, 10, 3, 10, 0, 0, TimeSpan.FromHours(2));
        var ids = await IdsAsync(index, new SearchQuery { OpenAt = germanUnityDay });

        Assert.Contains(3, ids);
        Assert.Contains(4, ids);
        Assert.DoesNotContain(2, ids);
        Assert.DoesNotContain(5, ids);
    }

    [SkippableFact]
    public async Task Search_Radius_ReturnsOnlyListingsWithinWithTheirDistance()
    {
        var index = await IndexWithAsync(Standard());
        var result = await index.SearchAsync(new SearchQuery { Near = Altmarkt, RadiusKm = 1, Sort = SearchSort.Distance }, None);

        Assert.Equal([1, 4], result.Hits.Select(h => h.ListingId));
        Assert.Equal(0, result.Hits[0].DistanceKm!.Value, 3);
        Assert.Equal(Altmarkt.DistanceKmTo(new GeoPoint(51.5240, 6.9300)), result.Hits[1].DistanceKm!.Value, 3);
        Assert.Equal(2, result.Total);
    }

    [SkippableFact]
    public async Task Search_SortByDistance_NearestFirstListingsWithoutPositionLast()
    {
        var index = await IndexWithAsync(Standard());
        var result = await index.SearchAsync(new SearchQuery { Near = Altmarkt, Sort = SearchSort.Distance }, None);

        Assert.Equal([1, 4, 5, 2, 3, 6], result.Hits.Select(h => h.ListingId));
        Assert.Null(result.Hits[^1].DistanceKm);
    }

    [SkippableFact]
    public async Task Search_TextWithPosition_ReportsDistances()
    {
        var index = await IndexWithAsync(Standard());
        var result = await index.SearchAsync(new SearchQuery { Text = "apotheke", Near = Altmarkt }, None);

        Assert.All(result.Hits, h => Assert.NotNull(h.DistanceKm));
        Assert.Equal(Altmarkt.DistanceKmTo(new GeoPoint(51.5440, 6.9360)), result.Hits.Single(h => h.ListingId == 5).DistanceKm!.Value, 3);
    }

    [SkippableFact]
    public async Task Search_SortByName_UsesGermanDictionaryOrder()
    {
        string[] names = ["Zeitungskiosk", "Ärztehaus Mitte", "Apotheke am Markt", "Bäckerei Öztürk", "Backshop Bauer", "Öko-Laden", "Ofenbäcker"];
        var index = await IndexWithAsync(names.Select((n, i) => Document(i + 1, n)).ToList());
        var result = await index.SearchAsync(new SearchQuery { Sort = SearchSort.Name }, None);

        var sorted = result.Hits.Select(h => names[h.ListingId - 1]);
        Assert.Equal(["Apotheke am Markt", "Ärztehaus Mitte", "Bäckerei Öztürk", "Backshop Bauer", "Ofenbäcker", "Öko-Laden", "Zeitungskiosk"], sorted);
    }

    [SkippableFact]
    public async Task Search_Pages_AreDisjointAndCoverAllHits()
    {
        var index = await IndexWithAsync(Enumerable.Range(1, 23).Select(i => Document(i, $"Kiosk Nummer {i}", [new SearchTerm("Kiosk", "kiosk")])).ToList());
        var seen = new List<int>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await index.SearchAsync(new SearchQuery { Text = "kiosk", Page = page, PageSize = 10 }, None);
            Assert.Equal(23, result.Total);
            Assert.Equal(page < 3 ? 10 : 3, result.Hits.Count);
            seen.AddRange(result.Hits.Select(h => h.ListingId));
        }

        Assert.Equal(Enumerable.Range(1, 23), seen.Order());
        Assert.Empty((await index.SearchAsync(new SearchQuery { Text = "kiosk", Page = 4, PageSize = 10 }, None)).Hits);
    }

    [SkippableFact]
    public async Task Search_NameWithMarkup_HighlightIsEncoded()
    {
        var index = await IndexWithAsync([Document(1, "<script>alert('x')</script> Bäckerei & Café", [Baeckerei])]);
        var hit = (await index.SearchAsync(new SearchQuery { Text = "bäckerei" }, None)).Hits.Single();

        Assert.NotNull(hit.Highlight);
        Assert.DoesNotContain("<script>", hit.Highlight, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", hit.Highlight, StringComparison.Ordinal);
        Assert.Contains("<mark>Bäckerei</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.Highlight, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Search_Highlight_MarksInflectedWordsOfTheDescription()
    {
        var index = await IndexWithAsync([Document(1, "Overbeck", [Baeckerei], description: "Die älteste unter den Bäckereien der Stadt.")]);
        var hit = (await index.SearchAsync(new SearchQuery { Text = "backerei" }, None)).Hits.Single();

        Assert.Equal("Die älteste unter den <mark>Bäckereien</mark> der Stadt.", hit.Highlight);
    }

    [SkippableFact]
    public async Task Search_Typo_FindsTheListingAndSuggestsTheWord()
    {
        var index = await IndexWithAsync(Standard());
        var result = await index.SearchAsync(new SearchQuery { Text = "Apothekke" }, None);

        Assert.Equal([4, 5], result.Hits.Select(h => h.ListingId).Order());
        Assert.Equal("apotheke", result.DidYouMean, ignoreCase: true);
    }

    [SkippableFact]
    public async Task Search_NothingMatches_DidYouMeanOffersTheClosestWord()
    {
        var index = await IndexWithAsync(Standard());
        var result = await index.SearchAsync(new SearchQuery { Text = "Kirchhelen", Categories = ["friseur"], Districts = ["stadtmitte"] }, None);

        Assert.Equal(0, result.Total);
        Assert.Equal("kirchhellen", result.DidYouMean, ignoreCase: true);
    }

    [SkippableFact]
    public async Task Search_KnownWords_NoDidYouMean()
    {
        var index = await IndexWithAsync(Standard());
        Assert.Null((await index.SearchAsync(new SearchQuery { Text = "apotheke" }, None)).DidYouMean);
        Assert.Null((await index.SearchAsync(new SearchQuery { Text = "xqzvw" }, None)).DidYouMean);
    }

    [SkippableFact]
    public async Task Search_InvalidPaging_IsRejected()
    {
        var index = await IndexWithAsync(Standard());
        await Assert.ThrowsAnyAsync<ArgumentException>(() => index.SearchAsync(new SearchQuery { Page = 0 }, None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => index.SearchAsync(new SearchQuery { PageSize = SearchQuery.MaxPageSize + 1 }, None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => index.SearchAsync(new SearchQuery { Sort = SearchSort.Distance }, None));
    }

    [SkippableFact]
    public async Task Suggest_TradePrefix_CategoryComesFirst()
    {
        var index = await IndexWithAsync(Standard());
        var suggestions = await index.SuggestAsync("bäck", 8, None);

        Assert.Equal(new Suggestion("Bäckerei", SuggestionKind.Category, "baeckerei"), suggestions[0]);
        Assert.Contains(suggestions, s => s is { Kind: SuggestionKind.Listing, Slug: "baeckerei-overbeck" });
        Assert.Contains(suggestions, s => s is { Kind: SuggestionKind.Listing, Text: "Backstube Terhorst" });
    }

    [SkippableFact]
    public async Task Suggest_FoldedPrefix_FindsDistrictsAndListings()
    {
        var index = await IndexWithAsync(Standard());
        var suggestions = await index.SuggestAsync("KIRCH", 8, None);

        Assert.Contains(new Suggestion("Kirchhellen", SuggestionKind.District, "kirchhellen"), suggestions);
        Assert.Contains(suggestions, s => s is { Kind: SuggestionKind.Listing, Text: "Café am Kirchplatz" });
    }

    [SkippableFact]
    public async Task Suggest_Max_IsRespected()
    {
        var index = await IndexWithAsync(Enumerable.Range(1, 20).Select(i => Document(i, $"Kiosk {i}", [new SearchTerm("Kiosk", "kiosk")])).ToList());
        Assert.Equal(3, (await index.SuggestAsync("ki", 3, None)).Count);
        Assert.Empty(await index.SuggestAsync("  ", 3, None));
    }

    [SkippableFact]
    public async Task Rebuild_WhileSearching_KeepsAnsweringAndEndsWithExactlyTheNewDocuments()
    {
        var index = await IndexWithAsync(Standard());
        var halfway = new TaskCompletionSource();
        var resume = new TaskCompletionSource();

        async IAsyncEnumerable<SearchDocument> NewDocuments()
        {
            yield return Document(10, "Neue Apotheke", [Apotheke], Eigen);
            halfway.SetResult();
            await resume.Task;
            yield return Document(11, "Neue Bäckerei", [Baeckerei], Stadtmitte);
        }

        var progress = new List<int>();
        var rebuild = index.RebuildAsync(NewDocuments(), new SynchronousProgress(progress), None);
        await halfway.Task;

        Assert.Equal(Ids(4, 5), (await IdsAsync(index, new SearchQuery { Text = "apotheke" })).Order());
        Assert.Equal(6, await index.CountAsync(None));

        resume.SetResult();
        await rebuild;

        Assert.Equal(2, await index.CountAsync(None));
        Assert.Equal(Ids(10, 11), (await IdsAsync(index, new SearchQuery())).Order());
        Assert.Equal(Ids(10), await IdsAsync(index, new SearchQuery { Text = "apotheke" }));
        Assert.Equal(2, progress[^1]);
    }

    private static int[] Ids(params int[] ids) => ids;

    private static List<(string Value, string Label, long Count)> Counts(IEnumerable<FacetCount> facets) =>
        facets.Select(f => (f.Value, f.Label, f.Count)).Order().ToList();

    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
