using HalloBot.Domain.Accounts;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Account;

/// <summary>
/// Deletes a member's account and their personal data (GDPR art. 17), all in one transaction. The businesses they kept
/// stay, and so do the changes they made, recorded as made by <see cref="DeletedActorName"/>: the directory's history
/// keeps what changed, not who; so do the photos they uploaded (listing and offer photos), their feedback and their
/// staff decisions, without their id or name. Mails to them (and notices that name their address or answer to it) go,
/// as do their requests, invitations, memberships, opt-outs and Identity's rows. Reservations made with their address
/// lose the resident's data once closed; an open one stays until it closes (the shop still has to hand the item over)
/// and is erased by the retention job like any other.
/// </summary>
public sealed class AccountDeletion(HalloBotDbContext db, UserManager<Member> users, TimeProvider time)
{
    /// <summary>The audit trail's name for a member who deleted their account.</summary>
    public const string DeletedActorName = "Gelöschtes Konto";

    public async Task<IdentityResult> DeleteAsync(Member member, CancellationToken cancellationToken)
    {
        var id = member.Id;
        // Addresses are stored as typed in mails and lower-cased in opt-outs and invitations: both spellings are looked for.
        var typed = member.Email ?? "";
        var email = typed.ToLowerInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        await db.ListingChanges.Where(c => c.ActorMemberId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ActorMemberId, (string?)null).SetProperty(c => c.ActorName, DeletedActorName), cancellationToken);
        await db.ListingPhotos.Where(p => p.UploadedByMemberId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UploadedByMemberId, ""), cancellationToken);
        await db.OfferPhotos.Where(p => p.UploadedByMemberId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UploadedByMemberId, ""), cancellationToken);
        await db.ListingRequests.Where(r => r.DecidedByMemberId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DecidedByMemberId, (string?)null), cancellationToken);
        await db.ListingRequests.Where(r => r.MemberId == id).ExecuteDeleteAsync(cancellationToken);
        // Feedback, votes and comments were given for the business and stay with it; who gave them goes.
        await db.FeedbackItems.Where(f => f.SenderMemberId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.SenderMemberId, ""), cancellationToken);
        await db.FeedbackVotes.Where(v => v.MemberId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.MemberId, ""), cancellationToken);
        await db.FeedbackComments.Where(c => c.MemberId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.MemberId, ""), cancellationToken);
        await db.FeedbackNotes.Where(n => n.AuthorMemberId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.AuthorMemberId, "").SetProperty(n => n.AuthorName, DeletedActorName), cancellationToken);
        await db.FeedbackStatusChanges.Where(c => c.StaffMemberId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StaffMemberId, "").SetProperty(c => c.StaffName, DeletedActorName), cancellationToken);
        await db.FeedbackFollowers.Where(f => f.MemberId == id).ExecuteDeleteAsync(cancellationToken);
        await db.MembershipInvitations
            .Where(i => i.InvitedByMemberId == id || i.AcceptedByMemberId == id || i.Email == email || i.Email == typed)
            .ExecuteDeleteAsync(cancellationToken);
        if (email.Length > 0)
        {
            await db.OutgoingMails
                .Where(m => m.Recipient == typed || m.Recipient == email || m.ReplyTo == typed || m.ReplyTo == email)
                .ExecuteDeleteAsync(cancellationToken);
            // Mails naming the address (the office's notice of a claim): the database finds candidates by substring,
            // and only those naming this address as a whole go ("joanna@…" is someone else's).
            var naming = (await db.OutgoingMails.AsNoTracking()
                    .Where(m => m.TextBody.Contains(typed) || m.TextBody.Contains(email)
                                || (m.HtmlBody != null && (m.HtmlBody.Contains(typed) || m.HtmlBody.Contains(email))))
                    .Select(m => new { m.Id, m.TextBody, m.HtmlBody })
                    .ToListAsync(cancellationToken))
                .Where(m => AddressMention.Names(m.TextBody, email) || AddressMention.Names(m.HtmlBody, email))
                .Select(m => m.Id)
                .ToList();
            await db.OutgoingMails.Where(m => naming.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
            await db.MailOptOuts.Where(o => o.Email == email).ExecuteDeleteAsync(cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            await db.Reservations.Where(r => r.Email == email && r.ClosedAt != null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Name, "").SetProperty(r => r.Email, "").SetProperty(r => r.Phone, (string?)null)
                    .SetProperty(r => r.Message, (string?)null).SetProperty(r => r.ShopNote, (string?)null)
                    .SetProperty(r => r.ProtectedToken, (string?)null)
                    .SetProperty(r => r.PersonalDataErasedAt, now), cancellationToken);
        }

        await db.ListingMemberships.Where(m => m.MemberId == id).ExecuteDeleteAsync(cancellationToken);
        var result = await users.DeleteAsync(member);
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}
