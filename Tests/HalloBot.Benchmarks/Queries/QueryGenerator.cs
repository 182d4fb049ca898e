using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;

namespace HalloBot.Benchmarks.Queries;

/// <summary>
/// A fixed mix of searches over the vocabulary of <c>../shared/tools/gen_listings.py</c> (the data the benchmark
/// indexes): words as residents type them (plurals, missing umlauts, typos, synonyms, English, compounds, names,
/// districts in the text), filters, distance with a radius, and <c>openAt</c> at instants that exercise the
/// opening-hours rules (evenings, Sundays, holidays, Christmas Eve, both clock changes). The same seed always
/// gives the same queries in the same order.
/// </summary>
public sealed class QueryGenerator(int seed)
{
    private readonly Random _random = new(seed);

    public IEnumerable<BenchmarkQuery> Searches(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return NextSearch();
        }
    }

    public IEnumerable<string> SuggestPrefixes(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return NextPrefix();
        }
    }

    private BenchmarkQuery NextSearch()
    {
        // Weights in per cent; text searches dominate, as they do on the site.
        var roll = _random.Next(100);
        return roll switch
        {
            < 25 => new BenchmarkQuery { Kind = "text", Text = TypedWords() },
            < 35 => new BenchmarkQuery { Kind = "name", Text = NameWords() },
            < 43 => new BenchmarkQuery { Kind = "text+district word", Text = $"{Pick(Vocabulary.Words)} {Pick(Vocabulary.Districts).ToLowerInvariant()}" },
            < 51 => new BenchmarkQuery { Kind = "text+category", Text = TypedWords(), Categories = [Pick(Vocabulary.Categories)] },
            < 58 => new BenchmarkQuery { Kind = "text+district", Text = TypedWords(), Districts = [Pick(Vocabulary.Districts)] },
            < 65 => new BenchmarkQuery { Kind = "text+feature", Text = TypedWords(), Features = Features() },
            < 75 => Nearby(new BenchmarkQuery { Kind = "text+distance", Text = TypedWords() }),
            < 80 => Nearby(new BenchmarkQuery { Kind = "distance browse", Categories = [Pick(Vocabulary.Categories)], Sort = SearchSort.Distance }),
            < 88 => new BenchmarkQuery { Kind = "text+openAt", Text = TypedWords(), OpenAt = Pick(Vocabulary.Instants) },
            < 93 => new BenchmarkQuery
            {
                Kind = "openAt browse",
                Categories = [Pick(Vocabulary.Categories)],
                Districts = [Pick(Vocabulary.Districts)],
                OpenAt = Pick(Vocabulary.Instants),
            },
            < 98 => new BenchmarkQuery
            {
                Kind = "browse",
                Categories = _random.Next(2) == 0 ? [Pick(Vocabulary.Categories)] : [],
                Districts = [Pick(Vocabulary.Districts)],
                Sort = SearchSort.Name,
                Page = 1 + _random.Next(5),
            },
            _ => Nearby(new BenchmarkQuery
            {
                Kind = "everything",
                Text = TypedWords(),
                Categories = [Pick(Vocabulary.Categories)],
                Features = Features(),
                OpenAt = Pick(Vocabulary.Instants),
            }),
        };
    }

    private string TypedWords()
    {
        var word = Pick(Vocabulary.Words);
        return _random.Next(100) switch
        {
            < 15 => Typo(word),
            < 25 => Vocabulary.FoldUmlauts(word),
            _ => word,
        };
    }

    private string NameWords()
    {
        var surname = Pick(Vocabulary.Surnames).ToLowerInvariant();
        return _random.Next(3) switch
        {
            0 => surname,
            1 => $"{Pick(Vocabulary.NameWords)} {surname}",
            _ => Typo(surname),
        };
    }

    private BenchmarkQuery Nearby(BenchmarkQuery query)
    {
        var (latitude, longitude) = Pick(Vocabulary.DistrictCentres);
        return query with
        {
            Near = new GeoPoint(latitude + Jitter(0.01), longitude + Jitter(0.015)),
            RadiusKm = Pick(Vocabulary.RadiiKm),
            Sort = query.Sort ?? (_random.Next(2) == 0 ? SearchSort.Distance : null),
        };
    }

    private string[] Features() =>
        _random.Next(4) == 0 ? [.. Vocabulary.Features.OrderBy(_ => _random.Next()).Take(2)] : [Pick(Vocabulary.Features)];

    /// <summary>One slip of the finger: a letter dropped, doubled or swapped with its neighbour.</summary>
    private string Typo(string word)
    {
        if (word.Length < 5)
        {
            return word;
        }

        var at = 1 + _random.Next(word.Length - 2);
        return _random.Next(3) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, word[at].ToString()),
            _ => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
        };
    }

    private string NextPrefix()
    {
        var source = _random.Next(4) switch
        {
            0 => Pick(Vocabulary.Categories),
            1 => Pick(Vocabulary.Surnames),
            2 => Pick(Vocabulary.Districts),
            _ => Pick(Vocabulary.Words),
        };
        source = source.ToLowerInvariant();
        if (_random.Next(5) == 0)
        {
            source = Vocabulary.FoldUmlauts(source);
        }

        var length = Math.Min(source.Length, 2 + _random.Next(6));
        return source[..length];
    }

    private double Jitter(double range) => (_random.NextDouble() * 2 - 1) * range;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
