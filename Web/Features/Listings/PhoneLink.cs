using System.Text;

namespace HalloBot.Web.Features.Listings;

/// <summary>Phone numbers as businesses write them ("0 20 41 / 70 33-0") turned into <c>tel:</c> targets.</summary>
public static class PhoneLink
{
    /// <summary>Digits only, with a leading <c>+</c> kept for international numbers; null when there are no digits.</summary>
    public static string? ToHref(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.AsSpan().Trim();
        var builder = new StringBuilder("tel:", trimmed.Length + 4);
        if (trimmed[0] == '+')
        {
            builder.Append('+');
        }

        var digits = 0;
        foreach (var ch in trimmed)
        {
            if (char.IsAsciiDigit(ch))
            {
                builder.Append(ch);
                digits++;
            }
        }

        return digits == 0 ? null : builder.ToString();
    }
}
