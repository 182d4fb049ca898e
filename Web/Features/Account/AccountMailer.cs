using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Mail;
using HalloBot.Jobs.Mail;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Account;

/// <summary>
/// The account mails (confirm the address, reset or set the password, two-factor sign-in switched on, "you have an
/// account already"), written in the member's own language and queued in the caller's unit of work: the caller saves.
/// None of them has an unsubscribe link: they answer something the member (or the office) just did.
/// </summary>
public sealed class AccountMailer(MailQueue queue, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public const string ConfirmKind = "account.confirm";
    public const string ResetKind = "account.reset";
    public const string SetPasswordKind = "account.set-password";
    public const string TwoFactorEnabledKind = "account.2fa-enabled";
    public const string AlreadyRegisteredKind = "account.exists";

    public Task QueueConfirmationAsync(Member member, string link, string token, CancellationToken cancellationToken) =>
        QueueAsync(member, ConfirmKind, Hash(token), "Account.Mail.Confirm", link, cancellationToken);

    public Task QueuePasswordResetAsync(Member member, string link, string token, CancellationToken cancellationToken) =>
        QueueAsync(member, ResetKind, Hash(token), "Account.Mail.Reset", link, cancellationToken);

    public Task QueueSetPasswordAsync(Member member, string link, string token, CancellationToken cancellationToken) =>
        QueueAsync(member, SetPasswordKind, Hash(token), "Account.Mail.SetPassword", link, cancellationToken);

    /// <param name="authenticatorKey">The new key: one mail per setup, however often the page is sent.</param>
    public Task QueueTwoFactorEnabledAsync(Member member, string accountLink, string authenticatorKey, CancellationToken cancellationToken) =>
        QueueAsync(member, TwoFactorEnabledKind, Hash(authenticatorKey), "Account.Mail.TwoFactor", accountLink, cancellationToken);

    /// <summary>At most one an hour: the registration form must not become a way to flood someone's inbox.</summary>
    public Task QueueAlreadyRegisteredAsync(Member member, string resetLink, CancellationToken cancellationToken) =>
        QueueAsync(member, AlreadyRegisteredKind, clock.GetUtcNow().ToString("yyyyMMddHH", CultureInfo.InvariantCulture),
            "Account.Mail.Exists", resetLink, cancellationToken);

    private async Task QueueAsync(Member member, string kind, string discriminator, string keyPrefix, string link, CancellationToken cancellationToken)
    {
        var culture = member.PreferredCulture == "en" ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("de-DE");
        var (subject, text, html) = Compose(culture, keyPrefix, member.DisplayName, link);
        var mail = new OutgoingMail($"{kind}:{member.Id}:{discriminator}", kind, member.Email!, culture.TwoLetterISOLanguageName,
            subject, text, html, clock.GetUtcNow().UtcDateTime);
        await queue.QueueAsync(mail, cancellationToken);
    }

    /// <summary>Subject, plain text and HTML. The localizer reads the current UI culture, so it is the member's for the while.</summary>
    private (string Subject, string Text, string Html) Compose(CultureInfo culture, string keyPrefix, string name, string link)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var greeting = string.IsNullOrWhiteSpace(name) ? t["Account.Mail.GreetingPlain"].Value : t["Account.Mail.Greeting", name].Value;
            var subject = t[$"{keyPrefix}.Subject"].Value;
            var intro = t[$"{keyPrefix}.Intro"].Value;
            var action = t[$"{keyPrefix}.Action"].Value;
            var outro = t[$"{keyPrefix}.Outro"].Value;
            var signature = t["Account.Mail.Signature"].Value;

            var text = new StringBuilder()
                .Append(greeting).Append("\n\n")
                .Append(intro).Append("\n\n")
                .Append(action).Append(":\n").Append(link).Append("\n\n")
                .Append(outro).Append("\n\n")
                .Append("-- \n").Append(signature).Append('\n')
                .ToString();

            var e = HtmlEncoder.Default;
            var html = new StringBuilder()
                .Append("<!DOCTYPE html><html lang=\"").Append(culture.TwoLetterISOLanguageName).Append("\"><head><meta charset=\"utf-8\"><title>")
                .Append(e.Encode(subject)).Append("</title></head><body>")
                .Append("<p>").Append(e.Encode(greeting)).Append("</p>")
                .Append("<p>").Append(e.Encode(intro)).Append("</p>")
                .Append("<p><a href=\"").Append(e.Encode(link)).Append("\">").Append(e.Encode(action)).Append("</a></p>")
                .Append("<p>").Append(e.Encode(outro)).Append("</p>")
                .Append("<p>").Append(e.Encode(signature)).Append("</p>")
                .Append("</body></html>")
                .ToString();
            return (subject, text, html);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>A short fingerprint of a token: keeps the deduplication key short and tells one request from the next.</summary>
    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
}
