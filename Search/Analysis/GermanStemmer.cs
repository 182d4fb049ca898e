namespace HalloBot.Search.Analysis;

/// <summary>
/// Light German stemming (the rules of Savoy's light stemmer, as in Lucene's GermanLightStemmer) on folded words,
/// plus one rule for trade names: a word ending in "-rei" loses its "-ei" ("Bäckerei" → "bäcker" → "back"), so the
/// trade and the tradesman meet ("bäcker" finds "Bäckerei", "metzger" finds "Metzgerei", "bücher" finds "Bücherei").
/// </summary>
public static class GermanStemmer
{
    public static string Stem(string folded)
    {
        var stem = LightStem(folded);
        if (stem.Length >= 6 && stem.EndsWith("rei", StringComparison.Ordinal))
        {
            stem = LightStem(stem[..^2]);
        }

        return stem;
    }

    private static string LightStem(string word)
    {
        if (word.Length == 0 || char.IsDigit(word[0]))
        {
            return word;
        }

        var length = Step1(word, word.Length);
        length = Step2(word, length);
        return length == word.Length ? word : word[..length];
    }

    private static bool IsStEnding(char c) => c is 'b' or 'd' or 'f' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 't';

    private static int Step1(string s, int len)
    {
        if (len > 5 && s[len - 3] == 'e' && s[len - 2] == 'r' && s[len - 1] == 'n')
        {
            return len - 3;
        }

        if (len > 4 && s[len - 2] == 'e' && s[len - 1] is 'm' or 'n' or 'r' or 's')
        {
            return len - 2;
        }

        if (len > 3 && s[len - 1] == 'e')
        {
            return len - 1;
        }

        if (len > 3 && s[len - 1] == 's' && IsStEnding(s[len - 2]))
        {
            return len - 1;
        }

        return len;
    }

    private static int Step2(string s, int len)
    {
        if (len > 5 && s[len - 3] == 'e' && s[len - 2] == 's' && s[len - 1] == 't')
        {
            return len - 3;
        }

        if (len > 4 && s[len - 2] == 'e' && s[len - 1] is 'r' or 'n')
        {
            return len - 2;
        }

        if (len > 4 && s[len - 2] == 's' && s[len - 1] == 't' && IsStEnding(s[len - 3]))
        {
            return len - 2;
        }

        return len;
    }
}
