using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using HalloBot.Domain.OpeningHours;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace HalloBot.Search.Elasticsearch;

/// <summary>
/// The search index in an Elasticsearch cluster, with the same behaviour as the embedded Lucene index. Searches and
/// writes go through an alias (<c>hallobot-listings</c>) that points at one concrete index; a rebuild fills a new
/// index beside it and swaps the alias when the new one is complete. Single writes wait for the refresh, so a
/// change is searchable when <see cref="UpsertAsync"/> returns, as with Lucene.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex, IDisposable
{
    private const int BulkBatchSize = 1000;
    private static readonly int[] NotFound = [404];

    private readonly ElasticsearchConnection _connection;
    private readonly ElasticsearchOptions _options;
    private readonly OpeningHoursCalendar _calendar;
    private readonly GermanTextAnalysis _analysis;
    private readonly EsAnalysisSources _sources;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _setupGate = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _rebuildGate = new(1, 1);
    private readonly SemaphoreSlim _catalogGate = new(1, 1);
    private readonly OpeningHoursScheduleCache _schedules = new();
    private (EsCatalog Catalog, DateTimeOffset LoadedAt)? _catalog;
    private bool _ready;
    private List<Func<string, CancellationToken, Task>>? _rebuildJournal;

    public ElasticsearchSearchIndex(ElasticsearchOptions options, OpeningHoursCalendar calendar, GermanTextAnalysis analysis, string synonymsFile)
        : this(options, calendar, analysis, EsAnalysisSources.Load(synonymsFile), TimeProvider.System)
    {
    }

    internal ElasticsearchSearchIndex(
        ElasticsearchOptions options, OpeningHoursCalendar calendar, GermanTextAnalysis analysis, EsAnalysisSources sources, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = new ElasticsearchConnection(options);
        _options = options;
        _calendar = calendar;
        _analysis = analysis;
        _sources = sources;
        _time = time;
    }

    private string Alias => _options.IndexAlias;

    public async Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }

        var body = IndexLines(documents);
        await WriteAsync((index, ct) => BulkAsync(index, body, refresh: true, ct), cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listingIds);
        if (listingIds.Count == 0)
        {
            return;
        }

        var body = new StringBuilder();
        foreach (var id in listingIds.Distinct())
        {
            body.Append(new JsonObject { ["delete"] = new JsonObject { ["_id"] = EsDocumentMapper.IdOf(id) } }.ToJsonString()).Append('\n');
        }

        var text = body.ToString();
        await WriteAsync((index, ct) => BulkAsync(index, text, refresh: true, ct), cancellationToken);
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        await EnsureIndexAsync(cancellationToken);

        var needsCatalog = !string.IsNullOrWhiteSpace(query.Text) || query.OpenAt is not null;
        var catalog = needsCatalog ? await CatalogAsync(cancellationToken) : null;
        var plan = EsQueryBuilder.Plan(query.Text, catalog);
        IReadOnlyCollection<string>? openHours = query.OpenAt is { } instant
            ? catalog!.Hours.Where(hours => IsOpenAt(hours, instant)).ToList()
            : null;

        var body = EsQueryBuilder.Search(query, plan, openHours);
        var response = await _connection.SendAsync(HttpMethod.POST, $"/{Alias}/_search", body, cancellationToken)
            ?? throw new ElasticsearchRequestException("Elasticsearch returned an empty search response.", 200, null);
        return EsResponseReader.Result(response, query, plan, _analysis);
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(prefix) || max <= 0)
        {
            return [];
        }

        await EnsureIndexAsync(cancellationToken);
        var catalog = await CatalogAsync(cancellationToken);
        var response = await _connection.SendAsync(HttpMethod.POST, $"/{Alias}/_search", EsQueryBuilder.SuggestListings(prefix.Trim(), max), cancellationToken);
        var listings = response is null ? [] : EsResponseReader.Listings(response);
        return EsSuggestions.Combine(catalog, prefix, listings, max);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await EnsureIndexAsync(cancellationToken);
        var response = await _connection.SendAsync(HttpMethod.GET, $"/{Alias}/_count", null, cancellationToken);
        return response?["count"]?.GetValue<long>() ?? 0;
    }

    public async Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await EnsureIndexAsync(cancellationToken);
        await _rebuildGate.WaitAsync(cancellationToken);
        string? next = NewIndexName();
        try
        {
            await _connection.SendAsync(HttpMethod.PUT, $"/{next}", EsIndexDefinition.CreateIndexBody(_sources, forBulkLoad: true), cancellationToken);
            await WithWriteGateAsync(() => _rebuildJournal = [], cancellationToken);

            var count = 0;
            var batch = new List<SearchDocument>(BulkBatchSize);
            await foreach (var document in documents.WithCancellation(cancellationToken))
            {
                batch.Add(document);
                if (batch.Count == BulkBatchSize)
                {
                    await BulkAsync(next, IndexLines(batch), refresh: false, cancellationToken);
                    count += batch.Count;
                    batch.Clear();
                    progress?.Report(count);
                }
            }

            if (batch.Count > 0)
            {
                await BulkAsync(next, IndexLines(batch), refresh: false, cancellationToken);
                count += batch.Count;
            }

            await _writeGate.WaitAsync(cancellationToken);
            try
            {
                // Changes that arrived while the documents streamed in are newer than the stream: apply them last.
                foreach (var change in _rebuildJournal!)
                {
                    await change(next, cancellationToken);
                }

                await _connection.SendAsync(HttpMethod.PUT, $"/{next}/_settings",
                    new JsonObject { ["index"] = new JsonObject { ["refresh_interval"] = null } }, cancellationToken);
                await _connection.SendAsync(HttpMethod.POST, $"/{next}/_refresh", null, cancellationToken);
                var previous = await IndexesBehindAliasAsync(cancellationToken);
                await _connection.SendAsync(HttpMethod.POST, "/_aliases", AliasSwap(previous, next), cancellationToken);
                _rebuildJournal = null;
                _catalog = null;
                next = null;
                foreach (var old in previous)
                {
                    await _connection.SendAsync(HttpMethod.DELETE, $"/{old}", null, [404], cancellationToken);
                }
            }
            finally
            {
                _writeGate.Release();
            }

            progress?.Report(count);
        }
        finally
        {
            if (next is not null)
            {
                await WithWriteGateAsync(() => _rebuildJournal = null, CancellationToken.None);
                await _connection.SendAsync(HttpMethod.DELETE, $"/{next}", null, NotFound, CancellationToken.None);
            }

            _rebuildGate.Release();
        }
    }

    public void Dispose()
    {
        _setupGate.Dispose();
        _writeGate.Dispose();
        _rebuildGate.Dispose();
        _catalogGate.Dispose();
    }

    /// <summary>Deletes every index this alias has had (tests and tear-down; names, as clusters refuse wildcard deletes).</summary>
    internal async Task DeleteAllIndexesAsync(CancellationToken cancellationToken)
    {
        var resolved = await _connection.SendAsync(HttpMethod.GET, $"/_resolve/index/{Alias}-*", null, cancellationToken);
        foreach (var name in (resolved?["indices"]?.AsArray() ?? []).Select(i => i?["name"]?.GetValue<string>()).OfType<string>())
        {
            await _connection.SendAsync(HttpMethod.DELETE, $"/{name}", null, NotFound, cancellationToken);
        }

        _ready = false;
    }

    internal bool IsOpenAt(string hours, DateTimeOffset instant)
    {
        var schedule = _schedules.Get(hours);
        return schedule is not null && schedule.StatusAt(instant, _calendar).State == OpenState.Open;
    }

    internal static JsonObject AliasSwap(IReadOnlyList<string> previous, string next, string alias)
    {
        var actions = new JsonArray();
        foreach (var old in previous)
        {
            actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = old, ["alias"] = alias } });
        }

        actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = next, ["alias"] = alias, ["is_write_index"] = true } });
        return new JsonObject { ["actions"] = actions };
    }

    private JsonObject AliasSwap(IReadOnlyList<string> previous, string next) => AliasSwap(previous, next, Alias);

    /// <summary>Creates the first index behind the alias when there is none, and brings the synonyms up to date.</summary>
    private async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _ready))
        {
            return;
        }

        await _setupGate.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            var existing = await IndexesBehindAliasAsync(cancellationToken);
            if (existing.Count == 0)
            {
                var body = EsIndexDefinition.CreateIndexBody(_sources, forBulkLoad: false);
                body["aliases"] = new JsonObject { [Alias] = new JsonObject { ["is_write_index"] = true } };
                await _connection.SendAsync(HttpMethod.PUT, $"/{NewIndexName()}", body, cancellationToken);
            }
            else
            {
                foreach (var index in existing)
                {
                    await UpdateSynonymsAsync(index, cancellationToken);
                }
            }

            Volatile.Write(ref _ready, true);
        }
        finally
        {
            _setupGate.Release();
        }
    }

    /// <summary>
    /// The synonym rules live in the index settings; when the office's file differs from them, the index is closed for
    /// a moment to take the new rules (search-time only, so no document needs reindexing).
    /// </summary>
    private async Task UpdateSynonymsAsync(string index, CancellationToken cancellationToken)
    {
        var settings = await _connection.SendAsync(HttpMethod.GET, $"/{index}/_settings", null, cancellationToken);
        var current = settings?[index]?["settings"]?["index"]?["analysis"]?["filter"]?[EsIndexDefinition.SynonymFilter]?["synonyms"] as JsonArray;
        var wanted = EsIndexDefinition.SynonymFilterDefinition(_sources.SynonymRules);
        if (current is not null && JsonNode.DeepEquals(current, wanted["synonyms"]))
        {
            return;
        }

        await _connection.SendAsync(HttpMethod.POST, $"/{index}/_close", null, cancellationToken);
        try
        {
            await _connection.SendAsync(HttpMethod.PUT, $"/{index}/_settings",
                new JsonObject { ["analysis"] = new JsonObject { ["filter"] = new JsonObject { [EsIndexDefinition.SynonymFilter] = wanted } } },
                cancellationToken);
        }
        finally
        {
            await _connection.SendAsync(HttpMethod.POST, $"/{index}/_open?wait_for_active_shards=1", null, CancellationToken.None);
        }
    }

    private async Task<IReadOnlyList<string>> IndexesBehindAliasAsync(CancellationToken cancellationToken)
    {
        var (status, body) = await _connection.SendAsync(HttpMethod.GET, $"/_alias/{Alias}", null, NotFound, cancellationToken);
        return status == 404 || body is not JsonObject indexes ? [] : [.. indexes.Select(i => i.Key).Order(StringComparer.Ordinal)];
    }

    private string NewIndexName() =>
        $"{Alias}-{_time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..6]}";

    private async Task WriteAsync(Func<string, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        await EnsureIndexAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await change(Alias, cancellationToken);
            _rebuildJournal?.Add(change);
            _catalog = null;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task WithWriteGateAsync(Action action, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            action();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static string IndexLines(IEnumerable<SearchDocument> documents)
    {
        var body = new StringBuilder();
        foreach (var document in documents)
        {
            body.Append(new JsonObject { ["index"] = new JsonObject { ["_id"] = EsDocumentMapper.IdOf(document.ListingId) } }.ToJsonString()).Append('\n');
            body.Append(EsDocumentMapper.ToSource(document).ToJsonString()).Append('\n');
        }

        return body.ToString();
    }

    /// <summary>Sends one bulk request and fails when any item failed (a delete of a missing document is no failure).</summary>
    private async Task BulkAsync(string index, string body, bool refresh, CancellationToken cancellationToken)
    {
        var path = refresh ? $"/{index}/_bulk?refresh=wait_for" : $"/{index}/_bulk";
        var response = await _connection.SendBulkAsync(path, body, cancellationToken);
        if (response?["errors"]?.GetValue<bool>() != true)
        {
            return;
        }

        var failure = (response["items"]?.AsArray() ?? [])
            .Select(item => item?.AsObject().FirstOrDefault().Value)
            .FirstOrDefault(result => result?["error"] is not null && result["status"]?.GetValue<int>() != 404);
        if (failure is not null)
        {
            throw new ElasticsearchRequestException(
                $"Elasticsearch refused document {failure["_id"]} in {index}: {failure["error"]?["type"]}: {failure["error"]?["reason"]}",
                failure["status"]?.GetValue<int>() ?? 0,
                null);
        }
    }

    private async Task<EsCatalog> CatalogAsync(CancellationToken cancellationToken)
    {
        if (_catalog is { } cached && _time.GetUtcNow() - cached.LoadedAt < _options.CatalogLifetime)
        {
            return cached.Catalog;
        }

        await _catalogGate.WaitAsync(cancellationToken);
        try
        {
            if (_catalog is { } again && _time.GetUtcNow() - again.LoadedAt < _options.CatalogLifetime)
            {
                return again.Catalog;
            }

            var loadedAt = _time.GetUtcNow();
            var catalog = await EsCatalog.LoadAsync(body => _connection.SendAsync(HttpMethod.POST, $"/{Alias}/_search", body, cancellationToken));
            _catalog = (catalog, loadedAt);
            return catalog;
        }
        finally
        {
            _catalogGate.Release();
        }
    }

    private static void Validate(SearchQuery query)
    {
        if (query.Page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Page, "Page must be 1 or more.");
        }

        if (query.PageSize is < 1 or > SearchQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.PageSize, $"PageSize must lie between 1 and {SearchQuery.MaxPageSize}.");
        }

        if (query.RadiusKm is { } radius && (!double.IsFinite(radius) || radius <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(query), radius, "RadiusKm must be a positive number.");
        }

        if (query.Near is null && (query.RadiusKm is not null || query.Sort == SearchSort.Distance))
        {
            throw new ArgumentException("A radius or distance sort needs a position (Near).", nameof(query));
        }

        if ((long)query.Page * query.PageSize > EsIndexDefinition.MaxResultWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Page, $"Page × PageSize must not exceed {EsIndexDefinition.MaxResultWindow}.");
        }
    }
}
