using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// One-click unsubscribe from one kind of mail (RFC 8058). The link carries the address and the kind, protected with
/// the site's data-protection keys, so nobody can unsubscribe someone else and no table of tokens is needed. The mail
/// job then suppresses every mail of that kind to that address (<see cref="MailOptOut"/>). Any feature may use it.
/// </summary>
public sealed class MailUnsubscribe(IDataProtectionProvider protection, HalloBotDbContext db, TimeProvider time)
{
    public const string Path = "/mail/abbestellen";

    private readonly IDataProtector _protector = protection.CreateProtector("HalloBot.Mail.Unsubscribe.v1");

    public string Url(string siteRoot, string recipient, string kind) =>
        $"{siteRoot}{Path}/{_protector.Protect($"{recipient.ToLowerInvariant()}\n{kind}")}";

    /// <returns>Null when the token was not made here or was altered.</returns>
    public MailOptOutRequest? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token).Split('\n');
            return parts is [var email, var kind] ? new MailOptOutRequest(email, kind) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Idempotent: a second click (or the mail client's one-click POST after the visitor's) changes nothing.</summary>
    public async Task OptOutAsync(MailOptOutRequest request, CancellationToken cancellationToken)
    {
        if (await db.MailOptOuts.AnyAsync(o => o.Email == request.Email && o.Kind == request.Kind, cancellationToken))
        {
            return;
        }

        db.MailOptOuts.Add(new MailOptOut(request.Email, request.Kind, time.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the unique index let the other one write it; anything else is a real failure.
            if (!await db.MailOptOuts.AsNoTracking().AnyAsync(o => o.Email == request.Email && o.Kind == request.Kind, cancellationToken))
            {
                throw;
            }
        }
    }
}

public sealed record MailOptOutRequest(string Email, string Kind);
