using System.Net.Mail;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Business;

/// <summary>The people who keep a listing: who they are, inviting a colleague by mail, leaving.</summary>
public sealed class MembersService(HalloBotDbContext db, MailQueue mailQueue, IStringLocalizer<SharedResource> t, TimeProvider time, ImportMessageWording wording)
{
    public const string InvitationKind = "business.invitation";
    public const string EmailField = "Email";

    public async Task<MembersPage?> PageAsync(int listingId, string memberId, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.Id == listingId)
            .Select(l => new ListingHeader(l.Id, l.Name, l.Slug, l.Status))
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return null;
        }

        var now = Now;
        var members = await db.ListingMemberships.AsNoTracking()
            .Where(m => m.ListingId == listingId)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new MemberRow(m.Member.DisplayName, m.Member.Email ?? "", m.CreatedAt, m.MemberId == memberId))
            .ToListAsync(cancellationToken);
        var invitations = await db.MembershipInvitations.AsNoTracking()
            .Where(i => i.ListingId == listingId && i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new InvitationRow(i.Email, i.ExpiresAt))
            .ToListAsync(cancellationToken);
        return new MembersPage(listing, members, invitations, members.Any(m => m.IsCurrent), null, []);
    }

    /// <returns>The page again, with an error, or null when there is no such listing.</returns>
    public async Task<(bool Invited, MembersPage? Page)> InviteAsync(int listingId, string? email, CurrentMember inviter, string siteRoot, CancellationToken cancellationToken)
    {
        var page = await PageAsync(listingId, inviter.Id, cancellationToken);
        if (page is null)
        {
            return (false, null);
        }

        var address = email?.Trim() ?? "";
        var error = address.Length == 0 ? wording.Required
            : address.Length > MembershipInvitation.EmailMaxLength ? wording.TooLong(address.Length, MembershipInvitation.EmailMaxLength)
            : !IsEmailAddress(address) ? t["Business.Members.NotAnEmail", address].Value
            : page.Members.Any(m => string.Equals(m.Email, address, StringComparison.OrdinalIgnoreCase)) ? t["Business.Members.AlreadyMember", address].Value
            : null;
        if (error is not null)
        {
            return (false, page with { InviteEmail = email, Errors = [new FieldError(EmailField, error)] });
        }

        var token = InvitationToken.Create();
        var hash = InvitationToken.Hash(token);
        db.MembershipInvitations.Add(new MembershipInvitation(listingId, address, hash, inviter.Id, Now));
        await mailQueue.QueueAsync(InvitationMail(address, hash, token, page.Listing.Name, inviter, siteRoot), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (true, page);
    }

    /// <returns>False when the member was not a member of the listing.</returns>
    public async Task<bool> LeaveAsync(int listingId, string memberId, CancellationToken cancellationToken)
    {
        var membership = await db.ListingMemberships.FirstOrDefaultAsync(m => m.ListingId == listingId && m.MemberId == memberId, cancellationToken);
        if (membership is null)
        {
            return false;
        }

        db.ListingMemberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<InvitationPage> InvitationAsync(string token, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(token, cancellationToken);
        return invitation is null ? new InvitationPage(InvitationState.Unknown, null) : new InvitationPage(StateOf(invitation), invitation.Listing.Name);
    }

    /// <summary>Adds the member to the invitation's listing (once: a member already there just uses up the link).</summary>
    public async Task<(InvitationPage Page, int? ListingId)> AcceptAsync(string token, string memberId, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(token, cancellationToken);
        if (invitation is null)
        {
            return (new InvitationPage(InvitationState.Unknown, null), null);
        }

        var state = StateOf(invitation);
        if (state != InvitationState.Open)
        {
            return (new InvitationPage(state, invitation.Listing.Name), null);
        }

        invitation.Accept(memberId, Now);
        if (!await db.ListingMemberships.AnyAsync(m => m.ListingId == invitation.ListingId && m.MemberId == memberId, cancellationToken))
        {
            db.ListingMemberships.Add(new ListingMembership(invitation.ListingId, memberId, Now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (new InvitationPage(InvitationState.Accepted, invitation.Listing.Name), invitation.ListingId);
    }

    private OutgoingMail InvitationMail(string address, string hash, string token, string listingName, CurrentMember inviter, string siteRoot)
    {
        // The invitee has no account yet, or one whose language is unknown here: German, with English below.
        var link = $"{siteRoot}{InvitationController.PathFor(token)}";
        var expires = Now + MembershipInvitation.Lifetime;
        var german = MailCulture.In("de", () => (
            t["Business.Mail.Invitation.Subject", listingName].Value,
            t["Business.Mail.Invitation.Body", inviter.DisplayName, listingName, link, expires.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value));
        var english = MailCulture.In("en", () =>
            t["Business.Mail.Invitation.Body", inviter.DisplayName, listingName, link, expires.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value);
        return new OutgoingMail($"{InvitationKind}:{hash}", InvitationKind, address, "de", german.Item1, $"{german.Item2}\n\n---\n\n{english}", null, Now);
    }

    private Task<MembershipInvitation?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (!InvitationToken.IsWellFormed(token))
        {
            return Task.FromResult<MembershipInvitation?>(null);
        }

        var hash = InvitationToken.Hash(token);
        return db.MembershipInvitations.Include(i => i.Listing).FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }

    private InvitationState StateOf(MembershipInvitation invitation) =>
        invitation.AcceptedAt is not null ? InvitationState.Used
        : invitation.IsOpenAt(Now) ? InvitationState.Open
        : InvitationState.Expired;

    /// <summary>The bare address, with a dot in the domain: what a mail server will take.</summary>
    private static bool IsEmailAddress(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && !value.Any(char.IsWhiteSpace)
        && address.Host.Contains('.') && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}

public sealed record MembersPage(
    ListingHeader Listing,
    IReadOnlyList<MemberRow> Members,
    IReadOnlyList<InvitationRow> Invitations,
    bool IsMember,
    string? InviteEmail,
    IReadOnlyList<FieldError> Errors);

public sealed record MemberRow(string DisplayName, string Email, DateTime Since, bool IsCurrent);

public sealed record InvitationRow(string Email, DateTime ExpiresAt);

public enum InvitationState
{
    Unknown,
    Open,
    Accepted,
    Used,
    Expired,
}

public sealed record InvitationPage(InvitationState State, string? ListingName);
