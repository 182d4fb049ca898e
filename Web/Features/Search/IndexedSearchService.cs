using HalloBot.Domain.OpeningHours;
using HalloBot.Search.Contract;

namespace HalloBot.Web.Features.Search;

/// <summary>A hit as the index stores it, with its state at the instant asked for (null without opening hours or when they do not parse).</summary>
public sealed record IndexedHit(SearchHit Hit, OpenState? State)
{
    public bool HasOpeningHours => !string.IsNullOrWhiteSpace(Hit.OpeningHours);
}

/// <summary>The index's answer alone, in the index's order.</summary>
public sealed record IndexedSearchOutcome(SearchResult Result, IReadOnlyList<IndexedHit> Hits);

/// <summary>
/// Answers from what the index stores of each hit and asks the database nothing: for the API, where every
/// millisecond of a search counts (ADR-003). A singleton, so that an API request does not take a database
/// context from the pool only to give it back unused.
/// </summary>
public sealed class IndexedSearchService(ISearchIndex index, OpeningHoursScheduleCache schedules, OpeningHoursCalendar calendar)
{
    public async Task<IndexedSearchOutcome> SearchAsync(SearchQuery query, DateTimeOffset statusAt, CancellationToken cancellationToken)
    {
        var result = await index.SearchAsync(query, cancellationToken);
        return new IndexedSearchOutcome(result, WithStates(result.Hits, statusAt));
    }

    /// <summary>The hits with their state at <paramref name="statusAt"/>.</summary>
    public IReadOnlyList<IndexedHit> WithStates(IReadOnlyList<SearchHit> hits, DateTimeOffset statusAt)
    {
        ArgumentNullException.ThrowIfNull(hits);

        // Listings share a handful of opening hours (every branch of a chain, the usual shop hours): each distinct
        // text is evaluated once per page.
        var states = new Dictionary<string, OpenState?>(StringComparer.Ordinal);
        var indexed = new List<IndexedHit>(hits.Count);
        foreach (var hit in hits)
        {
            OpenState? state = null;
            if (!string.IsNullOrWhiteSpace(hit.OpeningHours) && !states.TryGetValue(hit.OpeningHours, out state))
            {
                state = schedules.Get(hit.OpeningHours)?.StateAt(statusAt, calendar);
                states[hit.OpeningHours] = state;
            }

            indexed.Add(new IndexedHit(hit, state));
        }

        return indexed;
    }
}
