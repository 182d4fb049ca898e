using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HalloBot.Search.Lucene;

/// <summary>
/// Drops the term queries of a text query whose term no document has, and hands the others the term statistics
/// looked up here, so that Lucene does not look every term up a second time. A resident's word becomes a term per
/// text field, compound part and synonym; most of them are in no document (a name word is rarely a keyword too), and
/// each cost a weight, a term lookup per segment and a place in its disjunction.
/// </summary>
/// <remarks>
/// Matches and scores stay the same: a term no document has matches nothing, and BM25 has neither query
/// normalisation nor coordination factors, so the clauses that remain score as before.
/// </remarks>
internal sealed class QueryPruner(IndexReader reader)
{
    private readonly Dictionary<Term, TermContext?> _terms = [];

    /// <returns>The pruned query; one that matches nothing when nothing of it can match.</returns>
    public Query Prune(Query query) => PruneOrNull(query) ?? new BooleanQuery();

    private Query? PruneOrNull(Query query) => query switch
    {
        TermQuery term => Term(term),
        DisjunctionMaxQuery disjunction => Disjunction(disjunction),
        BooleanQuery boolean => Boolean(boolean),
        _ => query,
    };

    private TermQuery? Term(TermQuery query)
    {
        if (!_terms.TryGetValue(query.Term, out var context))
        {
            context = TermContext.Build(reader.Context, query.Term);
            _terms[query.Term] = context = context.DocFreq > 0 ? context : null;
        }

        return context is null ? null : new TermQuery(query.Term, context) { Boost = query.Boost };
    }

    private DisjunctionMaxQuery? Disjunction(DisjunctionMaxQuery query)
    {
        var kept = new DisjunctionMaxQuery(query.TieBreakerMultiplier) { Boost = query.Boost };
        foreach (var disjunct in query.Disjuncts)
        {
            if (PruneOrNull(disjunct) is { } pruned)
            {
                kept.Add(pruned);
            }
        }

        return kept.Disjuncts.Count == 0 ? null : kept;
    }

    private BooleanQuery? Boolean(BooleanQuery query)
    {
        var kept = new BooleanQuery(query.CoordDisabled) { Boost = query.Boost, MinimumNumberShouldMatch = query.MinimumNumberShouldMatch };
        var should = 0;
        var must = 0;
        foreach (var clause in query.Clauses)
        {
            var pruned = clause.Occur == Occur.MUST_NOT ? clause.Query : PruneOrNull(clause.Query);
            if (pruned is null)
            {
                if (clause.Occur == Occur.MUST)
                {
                    return null; // a required part that nothing has: nothing matches
                }

                continue; // an optional part that nothing has never counts towards the minimum either
            }

            kept.Add(pruned, clause.Occur);
            should += clause.Occur == Occur.SHOULD ? 1 : 0;
            must += clause.Occur == Occur.MUST ? 1 : 0;
        }

        if (should < kept.MinimumNumberShouldMatch || (must == 0 && should == 0))
        {
            return null;
        }

        return kept;
    }
}
