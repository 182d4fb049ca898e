using HalloBot.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HalloBot.Search.Lucene;

/// <summary>
/// Runs <see cref="GermanTextAnalysis"/> inside Lucene. Text fields get the stems (with compound parts at the same
/// position); <see cref="LuceneFields.Suggest"/> gets edge n-grams of the folded words for prefix completion;
/// <see cref="LuceneFields.Spell"/> gets the lower-cased words as written, the dictionary of "Meinten Sie …?";
/// <see cref="LuceneFields.Extra"/> gets the sub-parts and loose heads of compounds.
/// </summary>
internal sealed class GermanLuceneAnalyzer(GermanTextAnalysis analysis) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public const int MaxPrefixLength = 20;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var mode = fieldName switch
        {
            LuceneFields.Suggest => TokenMode.EdgeNGrams,
            LuceneFields.Spell => TokenMode.Surface,
            LuceneFields.Extra => TokenMode.ExtraStems,
            _ => TokenMode.Stems,
        };
        return new TokenStreamComponents(new GermanTokenizer(reader, analysis, mode));
    }

    internal enum TokenMode
    {
        Stems,
        EdgeNGrams,
        Surface,
        ExtraStems,
    }

    private sealed class GermanTokenizer : Tokenizer
    {
        private readonly GermanTextAnalysis _analysis;
        private readonly TokenMode _mode;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _position;
        private readonly List<(string Term, int Start, int End, int Increment)> _tokens = [];
        private int _next;
        private int _finalOffset;

        public GermanTokenizer(TextReader input, GermanTextAnalysis analysis, TokenMode mode)
            : base(input)
        {
            _analysis = analysis;
            _mode = mode;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next >= _tokens.Count)
            {
                return false;
            }

            var (term, start, end, increment) = _tokens[_next++];
            _term.SetEmpty().Append(term);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            _position.PositionIncrement = increment;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            var text = m_input.ReadToEnd();
            _tokens.Clear();
            _next = 0;
            _finalOffset = CorrectOffset(text.Length);
            switch (_mode)
            {
                case TokenMode.Stems:
                    foreach (var (word, span) in _analysis.Analyze(text))
                    {
                        var increment = 1;
                        foreach (var term in word.IndexTerms())
                        {
                            _tokens.Add((term, span.Start, span.End, increment));
                            increment = 0;
                        }
                    }

                    break;
                case TokenMode.ExtraStems:
                    foreach (var (word, span) in _analysis.Analyze(text))
                    {
                        var increment = 1;
                        foreach (var term in word.Extra)
                        {
                            _tokens.Add((term, span.Start, span.End, increment));
                            increment = 0;
                        }
                    }

                    break;
                case TokenMode.EdgeNGrams:
                    foreach (var span in WordTokenizer.Split(text))
                    {
                        var increment = 1;
                        foreach (var piece in PiecesOf(span.Text))
                        {
                            var folded = GermanFolding.Fold(piece);
                            for (var length = 1; length <= Math.Min(folded.Length, MaxPrefixLength); length++)
                            {
                                _tokens.Add((folded[..length], span.Start, span.End, increment));
                                increment = 0;
                            }
                        }
                    }

                    break;
                case TokenMode.Surface:
                    foreach (var span in WordTokenizer.Split(text))
                    {
                        var increment = 1;
                        foreach (var piece in PiecesOf(span.Text))
                        {
                            _tokens.Add((piece.ToLowerInvariant(), span.Start, span.End, increment));
                            increment = 0;
                        }
                    }

                    break;
            }
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_finalOffset, _finalOffset);
        }

        /// <summary>A hyphenated word written whole and in its pieces ("E-Bike" → "ebike", "e", "bike").</summary>
        private static IEnumerable<string> PiecesOf(string word)
        {
            var pieces = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length == 1)
            {
                return pieces;
            }

            return new[] { string.Concat(pieces) }.Concat(pieces);
        }
    }
}
