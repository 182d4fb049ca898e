using System.Text.RegularExpressions;

namespace HalloBot.Domain.Offers;

/// <summary>Rules for an offer's texts, which are plain text everywhere they are shown.</summary>
public static partial class OfferText
{
    /// <summary>
    /// True when the text holds something that reads as an HTML tag or comment ("&lt;script&gt;", "&lt;/b&gt;",
    /// "&lt;!--"). Pages encode every text anyway; a title like that is refused so that what a shop types is what
    /// residents see, instead of tag soup. A lone "&lt;" ("Preis &lt; 5 €") stays allowed.
    /// </summary>
    public static bool LooksLikeMarkup(string? text) => text is not null && Tag().IsMatch(text);

    /// <summary>Trimmed, with runs of spaces and line breaks in a one-line text made single spaces.</summary>
    public static string SingleLine(string? text) => text is null ? "" : Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"<\s*[/!?]?\s*[A-Za-z!-]", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
