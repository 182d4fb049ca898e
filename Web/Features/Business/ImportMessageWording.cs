using System.Globalization;
using System.Text.RegularExpressions;
using HalloBot.Domain.Exchange;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// The import's cell messages (<see cref="ExchangeMessages"/>, German only) in the page's language. Each pattern is
/// made from the message function itself with markers for its arguments, so a reworded German message still matches;
/// a message without a pattern stays German rather than being lost.
/// </summary>
public sealed partial class ImportMessageWording(IStringLocalizer<SharedResource> t)
{
    private const string Text = "\u0001";
    private const int First = 1_000_001;
    private const int Second = 1_000_002;

    private static readonly (Regex Pattern, string Key)[] Known =
    [
        (Pattern(ExchangeMessages.ValueRequired), "Business.ImportError.ValueRequired"),
        (Pattern(ExchangeMessages.LineBreak), "Business.ImportError.LineBreak"),
        (Pattern(ExchangeMessages.TooLong(First, Second)), "Business.ImportError.TooLong"),
        (Pattern(ExchangeMessages.NoCategory(Text)), "Business.ImportError.NoCategory"),
        (Pattern(ExchangeMessages.NotAPostalCode(Text)), "Business.ImportError.NotAPostalCode"),
        (Pattern(ExchangeMessages.CoordinateMissing(Text)), "Business.ImportError.CoordinateMissing"),
        (Pattern(ExchangeMessages.NotACoordinate(Text)), "Business.ImportError.NotACoordinate"),
        (Pattern(ExchangeMessages.CoordinateOutOfRange(Text, First)), "Business.ImportError.CoordinateOutOfRange"),
        (Pattern(ExchangeMessages.NotAnEmailAddress(Text)), "Business.ImportError.NotAnEmailAddress"),
        (Pattern(ExchangeMessages.NotAWebsite(Text)), "Business.ImportError.NotAWebsite"),
        (Pattern(ExchangeMessages.NotAFeature(Text)), "Business.ImportError.NotAFeature"),
    ];

    /// <summary>The message as a sentence in the current UI language.</summary>
    public string Sentence(string germanMessage) => Capitalize(Translate(germanMessage));

    public string Required => Sentence(ExchangeMessages.ValueRequired);

    public string TooLong(int length, int maxLength) => Sentence(ExchangeMessages.TooLong(length, maxLength));

    private string Translate(string message)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de")
        {
            return message;
        }

        foreach (var (pattern, key) in Known)
        {
            if (pattern.Match(message) is { Success: true } match)
            {
                return t[key, [.. match.Groups.Values.Skip(1).Select(g => (object)g.Value)]].Value;
            }
        }

        return message;
    }

    private static Regex Pattern(string sample)
    {
        var escaped = Regex.Escape(sample)
            .Replace(Regex.Escape(Text), "(.*?)", StringComparison.Ordinal)
            .Replace(First.ToString(CultureInfo.InvariantCulture), "(-?[0-9.,]+)", StringComparison.Ordinal)
            .Replace(Second.ToString(CultureInfo.InvariantCulture), "(-?[0-9.,]+)", StringComparison.Ordinal);
        return new Regex($"^{escaped}$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
