using HalloBot.Domain.Accounts;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Account;

/// <summary>
/// Everything stored about one member (GDPR art. 15 and 20), as one JSON document: the account, the businesses they
/// keep, their requests, invitations, audit entries, listing and offer photos, the mails queued to them, answering
/// to them or naming their address, their opt-outs, their feedback and the office's notes on it, what they decided as staff, and reservations
/// made with their address.
/// Nothing about anyone else: an invitation they sent leaves out the invitee's address, the audit entries leave out
/// other actors, a request they decided leaves out the applicant and their reasons. Secrets (password hash,
/// authenticator key, recovery codes, link tokens) are named, not shown.
/// </summary>
public sealed class AccountDataExport(HalloBotDbContext db, UserManager<Member> users, TimeProvider time)
{
    public async Task<MemberData> CollectAsync(Member member, CancellationToken cancellationToken)
    {
        var id = member.Id;
        var email = member.Email ?? "";
        var normalizedEmail = email.ToLowerInvariant();
        var logins = await users.GetLoginsAsync(member);
        var claims = await users.GetClaimsAsync(member);
        var tokens = await db.UserTokens.AsNoTracking().Where(t => t.UserId == id).Select(t => t.LoginProvider + ":" + t.Name).ToListAsync(cancellationToken);

        return new MemberData(
            time.GetUtcNow().UtcDateTime,
            new AccountData(
                id, email, member.UserName, member.DisplayName, member.PreferredCulture, member.CreatedAt, member.EmailConfirmed,
                member.PhoneNumber, member.TwoFactorEnabled, member.LockoutEnd, member.AccessFailedCount,
                [.. await users.GetRolesAsync(member)],
                [.. logins.Select(l => $"{l.LoginProvider}: {l.ProviderDisplayName}")],
                [.. claims.Select(c => $"{c.Type}: {c.Value}")],
                tokens),
            await db.ListingMemberships.AsNoTracking().Where(m => m.MemberId == id).OrderBy(m => m.CreatedAt)
                .Select(m => new MembershipData(m.ListingId, m.Listing.Name, m.CreatedAt)).ToListAsync(cancellationToken),
            await db.ListingRequests.AsNoTracking().Where(r => r.MemberId == id).OrderBy(r => r.CreatedAt)
                .Select(r => new RequestData(r.Id, r.Kind.ToString(), r.ListingId, r.Listing.Name, r.Justification, r.Status.ToString(), r.DecisionReason, r.CreatedAt, r.DecidedAt))
                .ToListAsync(cancellationToken),
            await db.MembershipInvitations.AsNoTracking().Where(i => i.InvitedByMemberId == id).OrderBy(i => i.CreatedAt)
                .Select(i => new InvitationSentData(i.ListingId, i.Listing.Name, i.CreatedAt, i.ExpiresAt, i.AcceptedAt != null)).ToListAsync(cancellationToken),
            await db.MembershipInvitations.AsNoTracking().Where(i => i.Email == normalizedEmail || i.Email == email || i.AcceptedByMemberId == id).OrderBy(i => i.CreatedAt)
                .Select(i => new InvitationReceivedData(i.ListingId, i.Listing.Name, i.CreatedAt, i.AcceptedAt)).ToListAsync(cancellationToken),
            await db.ListingChanges.AsNoTracking().Where(c => c.ActorMemberId == id).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
                .Select(c => new AuditEntryData(c.ListingId, c.Field, c.OldValue, c.NewValue, c.ActorName, c.ByStaff, c.ChangedAt)).ToListAsync(cancellationToken),
            await db.ListingPhotos.AsNoTracking().Where(p => p.UploadedByMemberId == id).OrderBy(p => p.UploadedAt)
                .Select(p => new PhotoData(p.ListingId, p.OriginalFileName, p.AltText, p.Status.ToString(), p.UploadedAt)).ToListAsync(cancellationToken),
            // The same mails account deletion treats as theirs: to them, answering to them, or naming their address
            // (the office's notice of their claim).
            await MailsAsync(email, normalizedEmail, cancellationToken),
            await db.MailOptOuts.AsNoTracking().Where(o => o.Email == normalizedEmail).OrderBy(o => o.CreatedAt)
                .Select(o => new MailOptOutData(o.Kind, o.CreatedAt)).ToListAsync(cancellationToken),
            await FeedbackAsync(id, cancellationToken),
            await db.OfferPhotos.AsNoTracking().Where(p => p.UploadedByMemberId == id).OrderBy(p => p.UploadedAt)
                .Select(p => new OfferPhotoData(p.OfferId, p.Offer.Title, p.AltText, p.Status.ToString(), p.UploadedAt)).ToListAsync(cancellationToken),
            await db.ListingRequests.AsNoTracking().Where(r => r.DecidedByMemberId == id).OrderBy(r => r.DecidedAt)
                .Select(r => new StaffDecisionData(r.Id, r.Kind.ToString(), r.ListingId, r.Listing.Name, r.Status.ToString(), r.DecisionReason, r.DecidedAt))
                .ToListAsync(cancellationToken),
            await db.Reservations.AsNoTracking().Where(r => r.Email == normalizedEmail).OrderBy(r => r.CreatedAt)
                .Select(r => new ReservationData(r.Id, r.OfferTitle, r.Name, r.Email, r.Phone, r.Quantity, r.PreferredPickupDate, r.Message, r.ShopNote, r.Status.ToString(), r.CreatedAt, r.ClosedAt))
                .ToListAsync(cancellationToken));
    }

    /// <summary>
    /// The same mails account deletion treats as theirs: to them, answering to them, or naming their address (the
    /// office's notice of their claim). The database finds candidates by substring; a mail naming "joanna@…" is not
    /// "anna@…"'s.
    /// </summary>
    private async Task<List<MailData>> MailsAsync(string email, string normalizedEmail, CancellationToken cancellationToken)
    {
        var candidates = await db.OutgoingMails.AsNoTracking()
            .Where(m => m.Recipient == email || m.Recipient == normalizedEmail || m.ReplyTo == email || m.ReplyTo == normalizedEmail
                        || (email.Length > 0 && (m.TextBody.Contains(email) || m.TextBody.Contains(normalizedEmail)
                            || (m.HtmlBody != null && (m.HtmlBody.Contains(email) || m.HtmlBody.Contains(normalizedEmail))))))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return candidates
            .Where(m => string.Equals(m.Recipient, email, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(m.ReplyTo, email, StringComparison.OrdinalIgnoreCase)
                        || AddressMention.Names(m.TextBody, email) || AddressMention.Names(m.HtmlBody, email))
            .Select(m => new MailData(m.Kind, m.Subject, m.TextBody, m.Status.ToString(), m.CreatedAt, m.SentAt))
            .ToList();
    }

    private async Task<FeedbackData> FeedbackAsync(string id, CancellationToken cancellationToken) =>
        new(
            await db.FeedbackItems.AsNoTracking().Where(f => f.SenderMemberId == id).OrderBy(f => f.CreatedAt)
                .Select(f => new FeedbackSentData(f.Id, f.Kind.ToString(), f.Area.ToString(), f.Title, f.Text, f.ListingId, f.ShowBusiness, f.Status.ToString(), f.PublicAnswer, f.CreatedAt))
                .ToListAsync(cancellationToken),
            await db.FeedbackComments.AsNoTracking().Where(c => c.MemberId == id).OrderBy(c => c.CreatedAt)
                .Select(c => new FeedbackCommentData(c.FeedbackId, c.Text, c.CreatedAt)).ToListAsync(cancellationToken),
            await db.FeedbackVotes.AsNoTracking().Where(v => v.MemberId == id)
                .Select(v => v.FeedbackId).ToListAsync(cancellationToken),
            await db.FeedbackFollowers.AsNoTracking().Where(f => f.MemberId == id)
                .Select(f => f.FeedbackId).ToListAsync(cancellationToken),
            await db.FeedbackNotes.AsNoTracking().Where(n => n.AuthorMemberId == id)
                .Select(n => new FeedbackCommentData(n.FeedbackId, n.Text, n.CreatedAt)).ToListAsync(cancellationToken),
            await db.FeedbackNotes.AsNoTracking()
                .Where(n => n.AuthorMemberId != id && db.FeedbackItems.Any(f => f.Id == n.FeedbackId && f.SenderMemberId == id))
                .OrderBy(n => n.CreatedAt)
                .Select(n => new FeedbackCommentData(n.FeedbackId, n.Text, n.CreatedAt)).ToListAsync(cancellationToken),
            await db.FeedbackStatusChanges.AsNoTracking().Where(c => c.StaffMemberId == id).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
                .Select(c => new FeedbackStatusChangeData(c.FeedbackId, c.From.ToString(), c.To.ToString(), c.Answer, c.StaffName, c.ChangedAt))
                .ToListAsync(cancellationToken));
}

public sealed record MemberData(
    DateTime ExportedAt,
    AccountData Account,
    IReadOnlyList<MembershipData> Memberships,
    IReadOnlyList<RequestData> Requests,
    IReadOnlyList<InvitationSentData> InvitationsSent,
    IReadOnlyList<InvitationReceivedData> InvitationsReceived,
    IReadOnlyList<AuditEntryData> AuditEntries,
    IReadOnlyList<PhotoData> PhotosUploaded,
    IReadOnlyList<MailData> Mails,
    IReadOnlyList<MailOptOutData> MailOptOuts,
    FeedbackData Feedback,
    IReadOnlyList<OfferPhotoData> OfferPhotosUploaded,
    IReadOnlyList<StaffDecisionData> RequestsDecidedAsStaff,
    IReadOnlyList<ReservationData> Reservations);

/// <summary>
/// What the member gave on /mitgestalten: feedback sent, comments, the feedback they voted for and follow, and as staff
/// their notes and the status changes they made.
/// </summary>
/// <param name="NotesOnTheirFeedback">
/// The office's internal notes on feedback the member sent. Art. 15 GDPR knows no exception for internal notes: a note
/// on someone's feedback may well be about them ("called back, she means the Sunday hours"), so they get its text and
/// date. The author's name and id are left out (Art. 15(4): another person's data).
/// </param>
public sealed record FeedbackData(
    IReadOnlyList<FeedbackSentData> Sent,
    IReadOnlyList<FeedbackCommentData> Comments,
    IReadOnlyList<int> VotedFor,
    IReadOnlyList<int> Following,
    IReadOnlyList<FeedbackCommentData> StaffNotes,
    IReadOnlyList<FeedbackCommentData> NotesOnTheirFeedback,
    IReadOnlyList<FeedbackStatusChangeData> StatusChanges);

public sealed record FeedbackStatusChangeData(int FeedbackId, string From, string To, string Answer, string StaffName, DateTime ChangedAt);

public sealed record OfferPhotoData(int OfferId, string OfferTitle, string AltText, string Status, DateTime UploadedAt);

/// <summary>A listing request the member decided as staff: the decision, not the applicant.</summary>
public sealed record StaffDecisionData(int RequestId, string Kind, int ListingId, string ListingName, string Status, string? DecisionReason, DateTime? DecidedAt);

/// <summary>A reservation made with the member's address (reservations need no account; erased 90 days after closing).</summary>
/// <param name="ShopNote">The shop's word to them: a refusal's reason, a proposal or a note with the acceptance.</param>
public sealed record ReservationData(
    int Id, string OfferTitle, string Name, string Email, string? Phone, int Quantity, DateOnly PreferredPickupDate, string? Message, string? ShopNote, string Status,
    DateTime CreatedAt, DateTime? ClosedAt);

public sealed record FeedbackSentData(
    int Id, string Kind, string Area, string Title, string Text, int ListingId, bool ShowBusiness, string Status, string? PublicAnswer, DateTime CreatedAt);

public sealed record FeedbackCommentData(int FeedbackId, string Text, DateTime CreatedAt);

/// <param name="StoredTokens">Provider and name of each stored token (the authenticator key, recovery codes); values withheld.</param>
public sealed record AccountData(
    string Id, string Email, string? UserName, string DisplayName, string PreferredCulture, DateTime CreatedAt, bool EmailConfirmed,
    string? PhoneNumber, bool TwoFactorEnabled, DateTimeOffset? LockoutEnd, int FailedSignInAttempts,
    IReadOnlyList<string> Roles, IReadOnlyList<string> ExternalLogins, IReadOnlyList<string> Claims, IReadOnlyList<string> StoredTokens);

public sealed record MembershipData(int ListingId, string ListingName, DateTime Since);

public sealed record RequestData(
    int Id, string Kind, int ListingId, string ListingName, string Justification, string Status, string? DecisionReason, DateTime CreatedAt, DateTime? DecidedAt);

public sealed record InvitationSentData(int ListingId, string ListingName, DateTime CreatedAt, DateTime ExpiresAt, bool Accepted);

public sealed record InvitationReceivedData(int ListingId, string ListingName, DateTime CreatedAt, DateTime? AcceptedAt);

public sealed record AuditEntryData(int ListingId, string Field, string? OldValue, string? NewValue, string ActorName, bool ByStaff, DateTime ChangedAt);

public sealed record PhotoData(int ListingId, string FileName, string AltText, string Status, DateTime UploadedAt);

public sealed record MailData(string Kind, string Subject, string Text, string Status, DateTime CreatedAt, DateTime? SentAt);

public sealed record MailOptOutData(string Kind, DateTime CreatedAt);
