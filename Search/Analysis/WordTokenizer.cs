namespace HalloBot.Search.Analysis;

/// <summary>A word of the source text: letters and digits, hyphenated words kept together ("E-Bike", "Kfz-Werkstatt").</summary>
public readonly record struct WordSpan(string Text, int Start, int End);

public static class WordTokenizer
{
    public static List<WordSpan> Split(string text)
    {
        var words = new List<WordSpan>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
            {
                i++;
            }

            var word = text[start..i].Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
            words.Add(new WordSpan(word, start, i));
        }

        return words;
    }

    /// <summary>A hyphen or apostrophe between two letters or digits belongs to the word.</summary>
    private static bool IsJoiner(string text, int i) =>
        text[i] is '-' or '\'' or '’'
        && i > 0 && char.IsLetterOrDigit(text[i - 1])
        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
}
