using System.Globalization;
using System.Text;
using HalloBot.Search.Contract;

namespace HalloBot.Search.Lucene;

/// <summary>
/// The results of the most recent distinct searches on one point-in-time reader, least recently used dropped first.
/// It lives and dies with its reader: any change to the index opens a new reader and so starts an empty cache, so a
/// cached answer is never older than the index (as Elasticsearch's shard request cache, which a refresh clears).
/// Popular searches (a trade, a district, paging back and forth) then cost a lookup instead of a pass over
/// thousands of matching documents. Thread-safe.
/// </summary>
internal sealed class SearchResultCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, SearchResult Result)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, SearchResult Result)> _recency = new();
    private readonly Lock _lock = new();

    public SearchResult GetOrAdd(SearchQuery query, Func<SearchResult> search)
    {
        if (capacity <= 0)
        {
            return search();
        }

        var key = KeyOf(query);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var hit))
            {
                _recency.Remove(hit);
                _recency.AddFirst(hit);
                return hit.Value.Result;
            }
        }

        // Outside the lock: two requests for the same new search may both run it; the answers are the same.
        var result = search();
        lock (_lock)
        {
            if (!_entries.ContainsKey(key))
            {
                _entries[key] = _recency.AddFirst((key, result));
                if (_entries.Count > capacity)
                {
                    _entries.Remove(_recency.Last!.Value.Key);
                    _recency.RemoveLast();
                }
            }
        }

        return result;
    }

    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Everything that changes the answer, exactly (filter values as given, the instant to the tick with its offset).</summary>
    internal static string KeyOf(SearchQuery query)
    {
        const char Separator = '\u001f';
        var key = new StringBuilder();
        void Add(string? value) => key.Append(value).Append(Separator);
        Add(query.Text?.Trim());
        Add(string.Join('\u001e', query.Categories));
        Add(string.Join('\u001e', query.Districts));
        Add(string.Join('\u001e', query.Features));
        Add(query.WithOffers ? "offers" : null);
        Add(query.OpenAt?.ToString("O", CultureInfo.InvariantCulture));
        Add(query.Near is { } near ? string.Create(CultureInfo.InvariantCulture, $"{near.Latitude:R},{near.Longitude:R}") : null);
        Add(query.RadiusKm?.ToString("R", CultureInfo.InvariantCulture));
        Add(query.Sort.ToString());
        Add(string.Join('\u001e', query.Wheelchair));
        Add(string.Join('\u001e', query.Accessibility));
        Add(query.Page.ToString(CultureInfo.InvariantCulture));
        Add(query.PageSize.ToString(CultureInfo.InvariantCulture));
        return key.ToString();
    }
}
