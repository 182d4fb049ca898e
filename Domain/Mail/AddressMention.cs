using System.Text.RegularExpressions;

namespace HalloBot.Domain.Mail;

/// <summary>
/// Whether a mail's text names an e-mail address as a whole: "anna@web.de" is named in "an anna@web.de." but not in
/// "joanna@web.de" or "anna@web.de.example". A database's substring search finds the candidates; this decides.
/// </summary>
public static class AddressMention
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static bool Names(string? text, string address)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(address))
        {
            return false;
        }

        // Before: nothing an address's local part may hold. After: nothing that would lengthen its domain
        // (a full stop ending the sentence is allowed).
        var pattern = $@"(?<![\w.!#$%&'*+/=?^`{{|}}~-]){Regex.Escape(address)}(?![\w-]|\.[\w-])";
        return Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }
}
