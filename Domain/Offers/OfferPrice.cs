using System.Globalization;
using System.Text.RegularExpressions;

namespace HalloBot.Domain.Offers;

/// <summary>
/// An offer's price in euro cents, with its kind: "12,50 €", "ab 12 €" or "auf Anfrage".
/// </summary>
/// <remarks>
/// Typed prices follow German writing (DIN 5008): comma as the decimal mark, and when a comma is given it
/// carries exactly two digits, so "12,5€" is refused rather than guessed at (a slip for 12,50 or 12,05 looks the
/// same). Points group thousands ("1.250,00 €"); "12.50" is refused because it reads as twelve hundred and fifty
/// to some and twelve euros fifty to others. The euro sign is optional and may follow with or without a space:
/// both are unambiguous, and the price is always shown as DIN 5008 writes it ("12,50 €").
/// </remarks>
public sealed partial record OfferPrice
{
    /// <summary>Highest price a shop can type: 99.999,99 €.</summary>
    public const int MaxCents = 9_999_999;

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private OfferPrice(OfferPriceKind kind, int? cents)
    {
        Kind = kind;
        Cents = cents;
    }

    public static OfferPrice OnRequest { get; } = new(OfferPriceKind.OnRequest, null);

    public OfferPriceKind Kind { get; private init; }

    /// <summary>The amount in cents; null for <see cref="OfferPriceKind.OnRequest"/>.</summary>
    public int? Cents { get; private init; }

    /// <summary>The amount in euros; null for <see cref="OfferPriceKind.OnRequest"/>.</summary>
    public decimal? Euros => Cents / 100m;

    public static OfferPrice Fixed(int cents) => new(OfferPriceKind.Fixed, CheckCents(cents));

    public static OfferPrice From(int cents) => new(OfferPriceKind.From, CheckCents(cents));

    /// <summary>Reads a price as a shop types it; see the remarks for the rules.</summary>
    public static bool TryParse(string? text, out OfferPrice price, out OfferPriceError error)
    {
        price = OnRequest;
        var value = Normalize(text);
        if (value.Length == 0)
        {
            error = OfferPriceError.Empty;
            return false;
        }

        if (value.Equals("auf Anfrage", StringComparison.OrdinalIgnoreCase))
        {
            error = OfferPriceError.None;
            return true;
        }

        var kind = OfferPriceKind.Fixed;
        if (value.StartsWith("ab ", StringComparison.OrdinalIgnoreCase))
        {
            kind = OfferPriceKind.From;
            value = value[3..];
        }

        error = ParseAmount(value, out var cents);
        if (error != OfferPriceError.None)
        {
            return false;
        }

        price = new OfferPrice(kind, cents);
        return true;
    }

    /// <summary>The price as DIN 5008 writes it: "12,50 €", "ab 1.250,00 €", "auf Anfrage". Parses back to the same price.</summary>
    public override string ToString() => Kind switch
    {
        OfferPriceKind.OnRequest => "auf Anfrage",
        OfferPriceKind.From => "ab " + FormatAmount(German),
        _ => FormatAmount(German),
    };

    /// <summary>The amount alone in <paramref name="culture"/>'s writing with the euro sign ("12,50 €", "€12.50"); empty when on request.</summary>
    public string FormatAmount(CultureInfo culture)
    {
        if (Cents is not { } cents)
        {
            return "";
        }

        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        format.CurrencyDecimalDigits = 2;
        return (cents / 100m).ToString("C", format).Replace('\u00A0', ' ');
    }

    private static OfferPriceError ParseAmount(string value, out int cents)
    {
        cents = 0;
        value = EuroSuffix().Replace(value, "");
        var match = Amount().Match(value);
        if (!match.Success)
        {
            return PointDecimal().IsMatch(value) ? OfferPriceError.PointAsDecimalMark : OfferPriceError.NotAPrice;
        }

        var fraction = match.Groups["fraction"];
        if (fraction.Success && fraction.Value is not ("-" or "–") && fraction.Value.Length != 2)
        {
            return OfferPriceError.TwoDecimalsRequired;
        }

        var euros = match.Groups["euros"].Value.Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        if (euros.Length > 5)
        {
            return OfferPriceError.TooHigh;
        }

        var whole = euros.Length == 0 ? 0 : int.Parse(euros, NumberStyles.None, CultureInfo.InvariantCulture);
        var part = fraction.Success && fraction.Value.Length == 2 && char.IsAsciiDigit(fraction.Value[0])
            ? int.Parse(fraction.Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : 0;
        cents = (whole * 100) + part;
        return cents == 0 ? OfferPriceError.Zero : OfferPriceError.None;
    }

    private static string Normalize(string? text) =>
        text is null ? "" : Whitespace().Replace(text, " ").Trim();

    private static int CheckCents(int cents) =>
        cents is > 0 and <= MaxCents ? cents : throw new ArgumentOutOfRangeException(nameof(cents), cents, "A price is 1 cent to 99.999,99 €.");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s?(€|EUR|Euro)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EuroSuffix();

    /// <summary>Euros, plain or with points between groups of three, then a comma with the cents (or a dash: "12,-").</summary>
    [GeneratedRegex(@"^(?<euros>[0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,(?<fraction>[0-9]*|-|–))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"^[0-9]+\.[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PointDecimal();
}
