using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace HalloBot.Web.Features.Account;

/// <summary>
/// The account pages' addresses, and the absolute links that mails carry. Tokens travel base64url-encoded.
/// </summary>
public static class AccountLinks
{
    public const string SignIn = "/konto/anmelden";
    public const string SignInWithCode = "/konto/anmelden/code";
    public const string SignInWithRecoveryCode = "/konto/anmelden/wiederherstellungscode";
    public const string SignOut = "/konto/abmelden";
    public const string Register = "/konto/registrieren";
    public const string RegisterSent = "/konto/registrieren/gesendet";
    public const string Confirm = "/konto/bestaetigen";
    public const string ResendConfirmation = "/konto/bestaetigung-erneut";
    public const string ForgotPassword = "/konto/passwort-vergessen";
    public const string ForgotPasswordSent = "/konto/passwort-vergessen/gesendet";
    public const string ResetPassword = "/konto/passwort-neu";
    public const string ChangePassword = "/konto/passwort-aendern";
    public const string MyAccount = "/konto";
    public const string TwoFactor = "/konto/zwei-faktor";
    public const string TwoFactorRecoveryCodes = "/konto/zwei-faktor/neue-codes";
    public const string TwoFactorDisable = "/konto/zwei-faktor/ausschalten";

    public static string ConfirmUrl(string root, string memberId, string token) => WithToken(root + Confirm, memberId, token);

    public static string ResetPasswordUrl(string root, string memberId, string token) => WithToken(root + ResetPassword, memberId, token);

    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <returns>Null when <paramref name="code"/> is not base64url (a link cut short or altered).</returns>
    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string WithToken(string url, string memberId, string token) =>
        QueryHelpers.AddQueryString(url, new Dictionary<string, string?> { ["id"] = memberId, ["code"] = EncodeToken(token) });
}
