using HalloBot.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HalloBot.Search.Lucene;

/// <summary>The terms a query looks for (for highlighting the words that matched), and how strictly.</summary>
internal sealed class MatchTerms
{
    /// <summary>Any word, and any part of a compound, may match (the second try when the strict query finds nothing).</summary>
    public bool Relaxed { get; init; }

    public HashSet<string> Exact { get; } = new(StringComparer.Ordinal);
    public List<string> Prefixes { get; } = [];
}

/// <param name="Surface">The word as typed, lower-cased.</param>
/// <param name="Known">Whether the index holds the word (or all its parts, or a synonym) in any text field.</param>
internal sealed record QueryWord(string Surface, AnalyzedWord Analyzed, bool Known);

internal sealed record TextQueryPlan(Query Query, IReadOnlyList<string> DistrictSlugs, MatchTerms Terms, IReadOnlyList<QueryWord> Words);

/// <summary>
/// Builds the Lucene query for a resident's words. Each word must match (from three words on, all but one), in any
/// text field, weighted name &gt; category &gt; keywords &gt; offers &gt; description. A word matches by its stem, by
/// all parts of its compound ("fahrradreparatur" ↔ "fahrrad reparatur"), by a synonym, by prefix (≥ 4 letters) and,
/// when the index does not know it, with typos (1 edit for 4–7 letters, 2 beyond). A district named in the query is
/// not required but ranks that district's businesses first.
/// </summary>
internal sealed class TextQueryBuilder(GermanTextAnalysis analysis, SynonymList synonyms)
{
    private const float DistrictBoost = 25f;
    private const float TieBreaker = 0.1f;
    private const float PartsWeight = 0.85f;
    private const float SynonymWeight = 0.9f;
    private const float FuzzyWeight = 0.5f;
    private const float PrefixWeight = 0.3f;
    private const float LooseWeight = 0.3f;
    private const int MinPrefixLength = 4;
    private const int MaxTypoCandidates = 8;

    /// <param name="relaxed">Any word may match (and any part of a compound): the second try when all words together find nothing.</param>
    public TextQueryPlan Build(string text, IndexCatalog catalog, IndexReader reader, Func<TermLexicon> lexicon, Func<SpellingCorrector> speller, bool relaxed = false)
    {
        var terms = new MatchTerms { Relaxed = relaxed };
        var words = new List<QueryWord>();
        foreach (var span in WordTokenizer.Split(text))
        {
            if (analysis.AnalyzeWord(span.Text) is { } analysed)
            {
                words.Add(new QueryWord(span.Text.ToLowerInvariant(), analysed, IsKnown(analysed, reader, LuceneFields.TextFields.Select(f => f.Field))));
            }
        }

        var (districtWords, districtSlugs) = catalog.FindDistricts(words.Select(w => w.Analyzed.Folded).ToList());
        var content = words.Where((_, i) => !districtWords.Contains(i)).ToList();
        if (content.Count == 0)
        {
            content = words;
        }

        var clauses = new List<Query>();
        for (var i = 0; i < content.Count;)
        {
            var (clause, used) = BuildClause(content, i, reader, lexicon, speller, terms);
            clauses.Add(clause);
            i += used;
        }

        var textQuery = new BooleanQuery();
        var required = clauses.Count >= 3 || relaxed ? Occur.SHOULD : Occur.MUST;
        foreach (var clause in clauses)
        {
            textQuery.Add(clause, required);
        }

        if (required == Occur.SHOULD)
        {
            textQuery.MinimumNumberShouldMatch = relaxed ? 1 : clauses.Count - 1;
        }

        Query query = textQuery;
        if (districtSlugs.Count > 0 && clauses.Count > 0)
        {
            var withDistrict = new BooleanQuery { { textQuery, Occur.MUST } };
            foreach (var slug in districtSlugs)
            {
                withDistrict.Add(new ConstantScoreQuery(new TermQuery(new Term(LuceneFields.DistrictSlug, slug))) { Boost = DistrictBoost }, Occur.SHOULD);
            }

            query = withDistrict;
        }

        return new TextQueryPlan(query, districtSlugs, terms, words);
    }

    /// <summary>The clause for the word at <paramref name="start"/>, or for a multi-word synonym starting there.</summary>
    private (Query Clause, int WordsUsed) BuildClause(List<QueryWord> words, int start, IndexReader reader, Func<TermLexicon> lexicon, Func<SpellingCorrector> speller, MatchTerms terms)
    {
        for (var length = Math.Min(synonyms.LongestTerm, words.Count - start); length >= 2; length--)
        {
            var phrase = words.Skip(start).Take(length).Select(w => w.Analyzed).ToArray();
            var alternatives = synonyms.AlternativesOf(phrase);
            if (alternatives.Count > 0)
            {
                var clause = new DisjunctionMaxQuery(TieBreaker) { AllOf(phrase, 1f, terms) };
                foreach (var alternative in alternatives)
                {
                    clause.Add(AllOf(alternative, SynonymWeight, terms, partSynonyms: false));
                }

                return (clause, length);
            }
        }

        if (start + 1 < words.Count && JoinedPair(words[start], words[start + 1], reader) is { } joined)
        {
            // "blumen laden" → also "blumenladen": a split compound finds the joined word and its synonyms.
            var pair = new DisjunctionMaxQuery(TieBreaker)
            {
                AllOf([words[start].Analyzed, words[start + 1].Analyzed], 1f, terms),
                WordQuery(joined, 1f, terms),
            };
            foreach (var alternative in synonyms.AlternativesOf([joined]))
            {
                pair.Add(AllOf(alternative, SynonymWeight, terms, partSynonyms: false));
            }

            return (pair, 2);
        }

        var word = words[start];
        var query = WordQuery(word.Analyzed, 1f, terms);
        foreach (var alternative in synonyms.AlternativesOf([word.Analyzed]))
        {
            query.Add(AllOf(alternative, SynonymWeight, terms, partSynonyms: false));
        }

        if (!IsKnown(word.Analyzed, reader, LuceneFields.PrimaryFields) && MaxEdits(word.Analyzed.Folded) is var edits and > 0)
        {
            foreach (var (candidate, distance) in lexicon().Near(word.Analyzed.Main, edits, MaxTypoCandidates))
            {
                query.Add(TermAcrossFields(candidate, FuzzyWeight / distance));
                terms.Exact.Add(candidate);
            }

            // Typos often change the ending that stemming works on ("bäckerein"): also compare the words as written.
            if (speller().Closest(word.Analyzed.Folded) is { } closest && analysis.AnalyzeWord(closest) is { } corrected)
            {
                query.Add(WordQuery(corrected, FuzzyWeight, terms, partSynonyms: false));
            }
        }

        return (query, 1);
    }

    /// <summary>Stem, compound parts and (for the resident's own words, not synonyms) prefix of one word.</summary>
    /// <param name="partSynonyms">Whether parts match by their synonyms too (not inside a synonym, which would recurse).</param>
    private DisjunctionMaxQuery WordQuery(AnalyzedWord word, float weight, MatchTerms terms, bool partSynonyms = true)
    {
        var query = new DisjunctionMaxQuery(TieBreaker) { TermAcrossFields(word.Main, weight) };
        terms.Exact.Add(word.Main);
        if (word.Parts.Count > 0)
        {
            // All parts must match, and together they weigh like one word: a compound found through its parts
            // should not outrank a listing that has the word itself.
            var parts = new BooleanQuery();
            foreach (var part in word.Parts)
            {
                parts.Add(PartQuery(part, weight * PartsWeight / word.Parts.Count, terms, partSynonyms), terms.Relaxed ? Occur.SHOULD : Occur.MUST);
            }

            query.Add(parts);
        }
        else if (word.Extra.Count > 0 && partSynonyms)
        {
            // No full split ("pizzabestellung"): a known head or modifier finds something related, weakly.
            var loose = new BooleanQuery();
            foreach (var extra in word.Extra)
            {
                loose.Add(TermAcrossFields(extra, weight * LooseWeight), Occur.SHOULD);
                terms.Exact.Add(extra);
            }

            query.Add(loose);
        }

        if (partSynonyms && word.Folded.Length >= MinPrefixLength && word.Main.Length >= MinPrefixLength)
        {
            query.Add(AcrossFields(field => new PrefixQuery(new Term(field, word.Main)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE }, weight * PrefixWeight, primaryOnly: true));
            terms.Prefixes.Add(word.Main);
        }

        return query;
    }

    /// <summary>A compound part by its stem or a synonym of it ("bikeshop" → "bike" → "Fahrrad").</summary>
    private DisjunctionMaxQuery PartQuery(string part, float weight, MatchTerms terms, bool withSynonyms)
    {
        terms.Exact.Add(part);
        var query = new DisjunctionMaxQuery(TieBreaker) { TermAcrossFields(part, weight) };
        if (!withSynonyms)
        {
            return query;
        }

        foreach (var alternative in synonyms.AlternativesOf([new AnalyzedWord(part, part, [], [])]))
        {
            query.Add(AllOf(alternative, weight * SynonymWeight, terms, partSynonyms: false));
        }

        return query;
    }

    private Query AllOf(IReadOnlyList<AnalyzedWord> words, float weight, MatchTerms terms, bool partSynonyms = true)
    {
        if (words.Count == 1)
        {
            return WordQuery(words[0], weight, terms, partSynonyms);
        }

        var all = new BooleanQuery();
        foreach (var word in words)
        {
            all.Add(WordQuery(word, weight, terms, partSynonyms), Occur.MUST);
        }

        return all;
    }

    private static DisjunctionMaxQuery TermAcrossFields(string term, float weight) =>
        AcrossFields(field => new TermQuery(new Term(field, term)), weight);

    /// <param name="primaryOnly">Only name, category and keywords: prefix and typo matching are costly and, in long texts, noisy.</param>
    private static DisjunctionMaxQuery AcrossFields(Func<string, Query> perField, float weight, bool primaryOnly = false)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, fieldWeight) in LuceneFields.TextFields)
        {
            if (primaryOnly && !LuceneFields.PrimaryFields.Contains(field))
            {
                continue;
            }

            var fieldQuery = perField(field);
            fieldQuery.Boost = fieldWeight * weight;
            query.Add(fieldQuery);
        }

        return query;
    }

    /// <summary>Two adjacent words written together, when the index or the synonym list knows the joined word.</summary>
    private AnalyzedWord? JoinedPair(QueryWord first, QueryWord second, IndexReader reader)
    {
        if (first.Surface.Contains('-', StringComparison.Ordinal) || second.Surface.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        var joined = analysis.AnalyzeWord(first.Surface + second.Surface);
        if (joined is null)
        {
            return null;
        }

        var known = LuceneFields.PrimaryFields.Any(field => reader.DocFreq(new Term(field, joined.Main)) > 0)
            || synonyms.AlternativesOf([joined]).Count > 0;
        return known ? joined : null;
    }

    /// <summary>0 edits up to 3 letters, 1 for 4–7, 2 beyond.</summary>
    internal static int MaxEdits(string folded) => folded.Length switch
    {
        <= 3 => 0,
        <= 7 => 1,
        _ => 2,
    };

    private bool IsKnown(AnalyzedWord word, IndexReader reader, IEnumerable<string> fields)
    {
        var fieldList = fields as ICollection<string> ?? fields.ToList();
        bool Has(string term) => fieldList.Any(field => reader.DocFreq(new Term(field, term)) > 0);
        return Has(word.Main)
            || (word.Parts.Count > 0 && word.Parts.All(Has))
            || synonyms.AlternativesOf([word]).Any(alternative => alternative.All(w => Has(w.Main)));
    }
}
