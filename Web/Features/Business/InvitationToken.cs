using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// The secret in an invitation link: 32 random bytes, URL-safe. Only its SHA-256 hash is stored, so that a copy
/// of the database lets nobody join a business.
/// </summary>
public static class InvitationToken
{
    /// <summary>Base64url of 32 bytes.</summary>
    public const int Length = 43;

    public static string Create() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex, 64 characters.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Anything else cannot be a token and is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
