namespace HalloBot.Search.Lucene;

/// <summary>Optimal string alignment distance (Levenshtein with transpositions), as Lucene's fuzzy queries count edits.</summary>
/// <remarks>
/// Typo tolerance compares a word with every indexed term of about its length, thousands per query: three rolling
/// rows on the stack instead of a matrix per pair, and an early stop once every cell of a row is over the limit.
/// </remarks>
internal static class EditDistance
{
    private const int MaxStackLength = 128;

    public static int Compute(string a, string b) => Compute(a, b, int.MaxValue - 1);

    /// <returns>The distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</returns>
    public static int Compute(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var width = b.Length + 1;
        Span<int> buffer = width * 3 <= MaxStackLength ? stackalloc int[width * 3] : new int[width * 3];
        var beforePrevious = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            // Rotate: the row before the previous one is overwritten next.
            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
