using System.Security.Cryptography;
using HalloBot.Domain.Reservations;
using HalloBot.Web.Features.Account;
using HalloBot.Web.Features.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// The resident's private link. The token is kept protected with the site's data-protection keys (kept in the
/// database, shared by every instance), so that each mail about the reservation can carry the link again; the hash
/// beside it is what finds the reservation. Addresses start with the request's site root, or, in a job, with the
/// configured public address.
/// </summary>
public sealed class ReservationLinks(IDataProtectionProvider protection, IOptions<AccountOptions> site, IHttpContextAccessor http)
{
    private readonly IDataProtector _protector = protection.CreateProtector("HalloBot.Reservations.PrivateLink.v1");

    public string Protect(string token) => _protector.Protect(token);

    /// <summary>The private page's address; null when the token is erased or no longer readable (keys lost).</summary>
    public string? StatusUrl(Reservation reservation)
    {
        if (reservation.ProtectedToken is not { Length: > 0 } protectedToken)
        {
            return null;
        }

        try
        {
            return StatusUrl(_protector.Unprotect(protectedToken));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public string StatusUrl(string token) => Root + ReservationStatusController.PathFor(token);

    public string Root => http.HttpContext?.Request is { } request
        ? SiteUrl.Root(request)
        : (site.Value.PublicBaseUrl ?? AccountOptions.DevelopmentBaseUrl).TrimEnd('/');
}
