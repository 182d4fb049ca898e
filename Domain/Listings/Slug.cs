using System.Globalization;
using System.Text;

namespace HalloBot.Domain.Listings;

/// <summary>Readable URL names: "Bäckerei Müller" in Kirchhellen becomes <c>baeckerei-mueller-kirchhellen</c>.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var pendingDash = false;
        foreach (var ch in text.ToLowerInvariant())
        {
            var folded = Fold(ch);
            if (folded is null)
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(folded);
        }

        var slug = builder.ToString();
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "eintrag" : slug;
    }

    /// <summary>The first candidate the caller finds free: name, then name with district, then numbered.</summary>
    public static IEnumerable<string> Candidates(string name, string? district)
    {
        var baseSlug = From(name);
        yield return baseSlug;
        var withDistrict = string.IsNullOrWhiteSpace(district) ? baseSlug : From($"{name} {district}");
        if (withDistrict != baseSlug)
        {
            yield return withDistrict;
        }

        for (var n = 2; ; n++)
        {
            yield return $"{withDistrict}-{n}";
        }
    }

    public static bool IsWellFormed(string slug) =>
        slug.Length is > 0 and <= MaxLength + 8
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-');

    private static string? Fold(char ch) => ch switch
    {
        'ä' => "ae",
        'ö' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        >= 'a' and <= 'z' or >= '0' and <= '9' => ch.ToString(),
        _ => FoldDiacritic(ch),
    };

    private static string? FoldDiacritic(char ch)
    {
        var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
        var basic = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            .ToArray();
        return basic.Length == 0 ? null : new string(basic);
    }
}
