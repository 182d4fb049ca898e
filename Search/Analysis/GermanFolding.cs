using System.Globalization;
using System.Text;

namespace HalloBot.Search.Analysis;

/// <summary>
/// Case and umlaut folding so that "Bäckerei", "Baeckerei" and "Backerei" meet: lower-case, ß → ss, ä/ö/ü → a/o/u,
/// and the transcriptions ae/oe/ue → a/o/u by the rules of Lucene's GermanNormalizationFilter
/// ("ue" only after a consonant, so "Steuer" and "Quelle" stay). Other accents are dropped (é → e, ş → s).
/// The same function runs at index and at query time, in every backend.
/// </summary>
public static class GermanFolding
{
    private const int Normal = 0;
    private const int AfterAorO = 1;
    private const int AfterVowel = 2;

    public static string Fold(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length + 2);
        var state = Normal;
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'a' or 'o':
                    builder.Append(c);
                    state = AfterAorO;
                    break;
                case 'u':
                    builder.Append(c);
                    state = state == Normal ? AfterAorO : AfterVowel;
                    break;
                case 'e':
                    if (state != AfterAorO)
                    {
                        builder.Append(c);
                    }

                    state = AfterVowel;
                    break;
                case 'i' or 'q' or 'y':
                    builder.Append(c);
                    state = AfterVowel;
                    break;
                case 'ä':
                    builder.Append('a');
                    state = AfterVowel;
                    break;
                case 'ö':
                    builder.Append('o');
                    state = AfterVowel;
                    break;
                case 'ü':
                    builder.Append('u');
                    state = AfterVowel;
                    break;
                case 'ß':
                    builder.Append("ss");
                    state = Normal;
                    break;
                default:
                    builder.Append(c < 128 ? c : StripAccent(c));
                    state = Normal;
                    break;
            }
        }

        return builder.ToString();
    }

    private static string StripAccent(char c)
    {
        switch (c)
        {
            case 'ı':
                return "i";
            case 'ł':
                return "l";
            case 'ø':
                return "o";
            case 'æ':
                return "ae";
            case 'œ':
                return "oe";
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(d);
            }
        }

        return kept.ToString();
    }
}
