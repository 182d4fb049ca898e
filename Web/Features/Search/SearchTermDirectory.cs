using System.Diagnostics;
using HalloBot.Domain.Persistence;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Search;

/// <summary>
/// The names and slugs of all categories and districts, kept in memory so that a search by name
/// (<c>category=Bäckerei</c>) costs no query. Reloaded when it is a few minutes old, and at once (at most every
/// few seconds) when a search names something it does not know, so a new category is found right away.
/// </summary>
public sealed class SearchTermDirectory(IServiceScopeFactory scopes) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MinReloadInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _reloading = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>The terms as last loaded (loading them when they are missing or old).</summary>
    public async Task<SearchTermNames> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && Stopwatch.GetElapsedTime(snapshot.LoadedAt) < MaxAge)
        {
            return snapshot.Names;
        }

        return await ReloadAsync(MaxAge, cancellationToken);
    }

    /// <summary>The terms reloaded unless they were loaded a moment ago: for a name the current ones lack.</summary>
    public Task<SearchTermNames> FreshAsync(CancellationToken cancellationToken) => ReloadAsync(MinReloadInterval, cancellationToken);

    public void Dispose() => _reloading.Dispose();

    private async Task<SearchTermNames> ReloadAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            // Another request may have reloaded while this one waited.
            if (_snapshot is { } snapshot && Stopwatch.GetElapsedTime(snapshot.LoadedAt) < olderThan)
            {
                return snapshot.Names;
            }

            var loadedAt = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
            var categories = await db.Categories.AsNoTracking().Select(c => new SearchTerm(c.Name, c.Slug)).ToListAsync(cancellationToken);
            var districts = await db.Districts.AsNoTracking().Select(d => new SearchTerm(d.Name, d.Slug)).ToListAsync(cancellationToken);
            var names = new SearchTermNames(new TermLookup(categories), new TermLookup(districts));
            _snapshot = new Snapshot(names, loadedAt);
            return names;
        }
        finally
        {
            _reloading.Release();
        }
    }

    private sealed record Snapshot(SearchTermNames Names, long LoadedAt);
}

public sealed record SearchTermNames(TermLookup Categories, TermLookup Districts)
{
    public TermLookup Of(SearchFacetKind kind) => kind == SearchFacetKind.District ? Districts : Categories;
}

/// <summary>Categories or districts by slug or by name (any case).</summary>
public sealed class TermLookup
{
    private readonly Dictionary<string, SearchTerm> _bySlug;
    private readonly Dictionary<string, SearchTerm> _byName;

    public TermLookup(IEnumerable<SearchTerm> terms)
    {
        _bySlug = new Dictionary<string, SearchTerm>(StringComparer.Ordinal);
        _byName = new Dictionary<string, SearchTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            _bySlug.TryAdd(term.Slug, term);
            _byName.TryAdd(term.Name, term);
        }
    }

    /// <summary>The term whose slug is <paramref name="nameOrSlug"/>, else whose name is it in any case.</summary>
    public SearchTerm? Find(string nameOrSlug)
    {
        var key = nameOrSlug.Trim();
        return _bySlug.GetValueOrDefault(key) ?? _byName.GetValueOrDefault(key);
    }

    public string? NameOf(string slug) => _bySlug.GetValueOrDefault(slug)?.Name;
}
