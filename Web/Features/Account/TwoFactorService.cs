using System.Text;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace HalloBot.Web.Features.Account;

/// <summary>What the set-up page shows: the key as text (grouped for typing) and as a QR code image.</summary>
public sealed record AuthenticatorSetup(string FormattedKey, string QrCodeDataUri, string AuthenticatorUri);

/// <summary>Optional two-factor sign-in with an authenticator app (TOTP, Identity's authenticator token provider).</summary>
public sealed class TwoFactorService(UserManager<Member> users, SignInManager<Member> signIn, AccountMailer mailer, HalloBotDbContext db)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Hallo-Bot Bottrop";

    /// <summary>The member's authenticator key, made on first visit; it takes effect only once a code from it is confirmed.</summary>
    public async Task<AuthenticatorSetup> SetupAsync(Member member)
    {
        var key = await users.GetAuthenticatorKeyAsync(member);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(member);
            key = await users.GetAuthenticatorKeyAsync(member) ?? throw new InvalidOperationException("Identity made no authenticator key.");

            // A new key changes the security stamp, which would sign this browser out at its next check.
            await signIn.RefreshSignInAsync(member);
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(member.Email!)}" +
                  $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return new AuthenticatorSetup(FormatKey(key), QrCodeDataUri(uri), uri);
    }

    /// <summary>Switches two-factor sign-in on once a code from the app proves the key works, and tells the member by mail.</summary>
    /// <returns>The recovery codes to show once, or null when the code was wrong.</returns>
    public async Task<IReadOnlyList<string>?> EnableAsync(Member member, string code, string root, CancellationToken cancellationToken)
    {
        var digits = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(member, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(member, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(member, RecoveryCodeCount);
        var key = await users.GetAuthenticatorKeyAsync(member) ?? "";
        await mailer.QueueTwoFactorEnabledAsync(member, root + AccountLinks.MyAccount, key, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await signIn.RefreshSignInAsync(member);
        return codes?.ToList() ?? [];
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(Member member) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(member, RecoveryCodeCount))?.ToList() ?? [];

    /// <summary>Switches two-factor sign-in off after the password is confirmed; a new key is made for any later set-up.</summary>
    public async Task<bool> DisableAsync(Member member, string currentPassword)
    {
        if (!await users.CheckPasswordAsync(member, currentPassword))
        {
            return false;
        }

        await users.SetTwoFactorEnabledAsync(member, false);
        await users.ResetAuthenticatorKeyAsync(member);
        await signIn.RefreshSignInAsync(member);
        return true;
    }

    public Task<int> RecoveryCodesLeftAsync(Member member) => users.CountRecoveryCodesAsync(member);

    /// <summary>Groups of four, lower-case: easier to type than one long upper-case string.</summary>
    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>A PNG data URI: drawn on the server, so the page needs no script and makes no request elsewhere.</summary>
    private static string QrCodeDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
