using System.ComponentModel.DataAnnotations;

namespace HalloBot.Web.Features.Accessibility;

/// <summary>What the form "Barriere melden" posts. Error messages are resource keys (German first).</summary>
public sealed class BarrierReportForm
{
    public const int PageUrlMaxLength = 2000;
    public const int DescriptionMinLength = 10;
    public const int DescriptionMaxLength = 4000;
    public const int EmailMaxLength = 254;

    [Required(ErrorMessage = "Accessibility.Form.PageUrlRequired")]
    [StringLength(PageUrlMaxLength, ErrorMessage = "Accessibility.Form.PageUrlTooLong")]
    [PageAddress(ErrorMessage = "Accessibility.Form.PageUrlInvalid")]
    public string? PageUrl { get; set; }

    [Required(ErrorMessage = "Accessibility.Form.DescriptionRequired")]
    [StringLength(DescriptionMaxLength, MinimumLength = DescriptionMinLength, ErrorMessage = "Accessibility.Form.DescriptionLength")]
    public string? Description { get; set; }

    [StringLength(EmailMaxLength, ErrorMessage = "Accessibility.Form.EmailTooLong")]
    [PlainMailAddress(ErrorMessage = "Accessibility.Form.EmailInvalid")]
    public string? Email { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by robots that fill in everything.</summary>
    public string? Website { get; set; }

    public bool IsFromRobot => !string.IsNullOrEmpty(Website);
}

/// <summary>An absolute http(s) address or a path on this site (<c>/suche?q=…</c>): where a barrier can be.</summary>
/// <remarks>
/// Derived from <see cref="RegularExpressionAttribute"/> only for its MVC adapter, which translates the error message
/// through the resources; the check itself is <see cref="IsValid"/>.
/// </remarks>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PageAddressAttribute() : RegularExpressionAttribute(".*")
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || IsPageAddress(text.Trim());

    public static bool IsPageAddress(string text) =>
        !text.Any(char.IsControl)
        && ((text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal))
            || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"));
}

/// <summary>
/// One bare address (<c>name@example.org</c>): no display name, no line breaks. The address goes into a mail
/// header, where a line break would let a visitor add headers of their own. A <see cref="RegularExpressionAttribute"/>
/// for the same reason as <see cref="PageAddressAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PlainMailAddressAttribute() : RegularExpressionAttribute(".*")
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || IsPlainAddress(text.Trim());

    public static bool IsPlainAddress(string text) =>
        !text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
        && System.Net.Mail.MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal);
}
