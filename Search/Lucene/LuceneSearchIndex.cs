using System.Runtime.CompilerServices;
using HalloBot.Domain.OpeningHours;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HalloBot.Search.Lucene;

/// <summary>
/// The embedded search index: a Lucene.NET index in a folder of the data directory. One writer, near-real-time
/// searchers (a change is searchable when <see cref="UpsertAsync"/> returns), thread-safe. Facets, "open at",
/// distance and name order are computed from doc values in one pass over the matching documents.
/// A rebuild, in this process or in another (<c>reindex</c>), builds a new generation and moves the pointer; this index
/// follows the pointer before each write and every <see cref="DefaultPointerCheckInterval"/>, applies to the new
/// generation what it wrote while the rebuild ran, and deletes the old one.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    public static readonly TimeSpan DefaultPointerCheckInterval = TimeSpan.FromSeconds(2);

    private const double WriterRamBufferMb = 16;

    private readonly string _root;
    private readonly OpeningHoursCalendar _calendar;
    private readonly GermanTextAnalysis _analysis;
    private readonly TextQueryBuilder _queryBuilder;
    private readonly HitHighlighter _highlighter;
    private readonly ReaderWriterLockSlim _generationLock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _rebuildGate = new(1, 1);
    private readonly Lock _journalGate = new();
    private readonly ConditionalWeakTable<IndexReader, ReaderCaches> _readerCaches = new();
    private readonly OpeningHoursScheduleCache _schedules = new();
    private readonly int _resultCacheSize;
    private readonly Timer? _pointerCheck;
    private IndexGeneration _current;

    /// <summary>The writes made while a rebuild's marker was there, in order: the rebuild's documents may predate them.</summary>
    private List<Action<IndexWriter>>? _journal;
    private bool _disposed;

    /// <param name="resultCacheSize">Distinct searches whose results are kept per reader (<see cref="SearchResultCache"/>); 0 keeps none.</param>
    /// <param name="pointerCheckInterval">How often to look whether another process moved the pointer (default <see cref="DefaultPointerCheckInterval"/>; <see cref="Timeout.InfiniteTimeSpan"/>: only before writes).</param>
    public LuceneSearchIndex(
        string indexFolder, OpeningHoursCalendar calendar, GermanTextAnalysis analysis, SynonymList synonyms, int resultCacheSize = 0, TimeSpan? pointerCheckInterval = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(resultCacheSize);
        _resultCacheSize = resultCacheSize;
        ArgumentException.ThrowIfNullOrWhiteSpace(indexFolder);
        _root = Path.GetFullPath(indexFolder);
        _calendar = calendar;
        _analysis = analysis;
        _queryBuilder = new TextQueryBuilder(analysis, synonyms);
        _highlighter = new HitHighlighter(analysis);

        Directory.CreateDirectory(_root);
        var name = IndexPointer.Read(_root);
        var create = name is null;
        name ??= IndexPointer.NewGenerationName();
        _current = IndexGeneration.Open(_root, name, analysis, create, WriterRamBufferMb);
        _current.StartSearching();
        if (create)
        {
            IndexPointer.Write(_root, name);
        }

        IndexPointer.DeleteStale(_root, name, RebuildMarker.LiveGeneration(_root));
        var interval = pointerCheckInterval ?? DefaultPointerCheckInterval;
        if (interval != Timeout.InfiniteTimeSpan)
        {
            _pointerCheck = new Timer(_ => CheckPointer(), null, interval, interval);
        }
    }

    /// <summary>The generation folder answering searches.</summary>
    internal string CurrentGeneration => _current.Name;

    public Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var mapped = documents.Select(d => (Id: LuceneDocumentMapper.IdTerm(d.ListingId), Document: LuceneDocumentMapper.ToDocument(d))).ToList();
        Write(writer =>
        {
            foreach (var (id, document) in mapped)
            {
                writer.UpdateDocument(new Term(LuceneFields.Id, id), document);
            }
        });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listingIds);
        var terms = listingIds.Select(id => new Term(LuceneFields.Id, LuceneDocumentMapper.IdTerm(id))).ToArray();
        if (terms.Length > 0)
        {
            Write(writer => writer.DeleteDocuments(terms));
        }

        return Task.CompletedTask;
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        return Task.FromResult(Read(searcher => CachesOf(searcher.IndexReader).Results.GetOrAdd(query, () => new SearchExecution(searcher, query, this).Run())));
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(prefix) || max <= 0)
        {
            return Task.FromResult<IReadOnlyList<Suggestion>>([]);
        }

        return Task.FromResult(Read(searcher => Suggester.Suggest(searcher, CachesOf(searcher.IndexReader).Catalog, prefix, max)));
    }

    public Task<long> CountAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Read(searcher => (long)searcher.IndexReader.NumDocs));

    public async Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _rebuildGate.WaitAsync(cancellationToken);
        try
        {
            await GenerationBuilder.BuildAsync(_root, _analysis, documents, progress, cancellationToken);
            FollowPointer();
        }
        finally
        {
            _rebuildGate.Release();
        }
    }

    /// <summary>
    /// Switches to the generation the pointer names when a rebuild moved it: opens it, applies the journal, answers from
    /// it, and deletes the old one. Runs before every write, on a timer, and at the end of a rebuild in this process.
    /// </summary>
    internal void FollowPointer()
    {
        if (IndexPointer.Read(_root) is { } name && name != _current.Name)
        {
            SwitchIfMoved();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        if (_pointerCheck is not null)
        {
            using var stopped = new ManualResetEvent(false);
            if (_pointerCheck.Dispose(stopped))
            {
                stopped.WaitOne();
            }
        }

        WithWriteLock(() =>
        {
            _disposed = true;
            _current.Dispose();
        });
        _generationLock.Dispose();
        _rebuildGate.Dispose();
    }

    internal GermanTextAnalysis Analysis => _analysis;
    internal TextQueryBuilder QueryBuilder => _queryBuilder;
    internal HitHighlighter Highlighter => _highlighter;

    internal ReaderCaches CachesOf(IndexReader reader) => _readerCaches.GetValue(reader, r => new ReaderCaches(r, _resultCacheSize));

    internal bool IsOpenAt(string hours, DateTimeOffset instant)
    {
        var schedule = _schedules.Get(hours);
        return schedule is not null && schedule.StatusAt(instant, _calendar).State == OpenState.Open;
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
    }

    private void Write(Action<IndexWriter> change)
    {
        // In this order. No marker means its rebuild has either not read the database yet (it will read this change) or
        // already moved the pointer, which the next line follows.
        var rebuilding = RebuildMarker.IsPresent(_root);
        FollowPointer();
        _generationLock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            change(_current.Writer);
            if (rebuilding)
            {
                lock (_journalGate)
                {
                    (_journal ??= []).Add(change);
                }
            }

            _current.Writer.Commit();
            _current.Searchers!.MaybeRefreshBlocking();
        }
        finally
        {
            _generationLock.ExitReadLock();
        }
    }

    private T Read<T>(Func<IndexSearcher, T> work)
    {
        _generationLock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var searchers = _current.Searchers!;
            var searcher = searchers.Acquire();
            try
            {
                return work(searcher);
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
        finally
        {
            _generationLock.ExitReadLock();
        }
    }

    private void SwitchIfMoved()
    {
        IndexGeneration? previous = null;
        WithWriteLock(() =>
        {
            if (_disposed)
            {
                return;
            }

            // The marker before the pointer, as in Write: when no marker is left, every journaled write belongs to a
            // rebuild that has moved the pointer (applied below) or that failed; the journal is then done with.
            var rebuilding = RebuildMarker.IsPresent(_root);
            if (IndexPointer.Read(_root) is { } name && name != _current.Name)
            {
                var next = IndexGeneration.Open(_root, name, _analysis, create: false, WriterRamBufferMb);
                try
                {
                    foreach (var change in _journal ?? [])
                    {
                        change(next.Writer);
                    }

                    next.StartSearching();
                }
                catch
                {
                    next.Dispose();
                    throw;
                }

                previous = _current;
                _current = next;
            }

            if (!rebuilding)
            {
                _journal = null;
            }
        });

        if (previous is not null)
        {
            previous.Dispose();
            IndexPointer.TryDelete(previous.Path);
        }
    }

    /// <summary>The timer's round: follows a rebuild of another process, and clears up after one that crashed.</summary>
    private void CheckPointer()
    {
        try
        {
            // The write lock only when there is something to do: searches wait for it.
            var moved = IndexPointer.Read(_root) is { } name && name != _current.Name;
            if (moved || (_journal is not null && !RebuildMarker.IsPresent(_root)))
            {
                SwitchIfMoved();
            }

            if (RebuildMarker.IsPresent(_root) && RebuildMarker.LiveGeneration(_root) is null)
            {
                // Read once more: a new rebuild may have begun since.
                IndexPointer.DeleteStale(_root, _current.Name, RebuildMarker.LiveGeneration(_root));
            }
        }
        catch (Exception)
        {
            // A timer thread must not throw. Searches go on from the current generation, and the next write or round tries again.
        }
    }

    private void WithWriteLock(Action action)
    {
        _generationLock.EnterWriteLock();
        try
        {
            action();
        }
        finally
        {
            _generationLock.ExitWriteLock();
        }
    }

    /// <summary>What is derived from one point-in-time reader and reused by every search on it.</summary>
    internal sealed class ReaderCaches(IndexReader reader, int resultCacheSize)
    {
        private readonly Lazy<IndexCatalog> _catalog = new(() => IndexCatalog.Build(reader));
        private readonly Lazy<SpellingCorrector> _speller = new(() => SpellingCorrector.Build(reader));
        private readonly Lazy<TermLexicon> _lexicon = new(() => TermLexicon.Build(reader));

        public IndexCatalog Catalog => _catalog.Value;
        public SpellingCorrector Speller => _speller.Value;
        public TermLexicon Lexicon => _lexicon.Value;
        public SearchResultCache Results { get; } = new(resultCacheSize);
    }
}
