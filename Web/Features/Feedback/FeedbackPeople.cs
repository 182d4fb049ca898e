using HalloBot.Domain.Feedback;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Feedback;

/// <summary>Who may act for which business, and who hears of a piece of feedback.</summary>
public sealed class FeedbackPeople(HalloBotDbContext db)
{
    /// <summary>The businesses the member keeps, by name.</summary>
    public async Task<IReadOnlyList<BusinessChoice>> BusinessesAsync(string memberId, CancellationToken cancellationToken)
    {
        var choices = await db.ListingMemberships.AsNoTracking()
            .Where(m => m.MemberId == memberId)
            .Select(m => new BusinessChoice(m.ListingId, m.Listing.Name))
            .ToListAsync(cancellationToken);
        return [.. choices.DistinctBy(c => c.ListingId).OrderBy(c => c.Name, Shared.GermanCollation.Comparer)];
    }

    public async Task<FeedbackRecipient?> RecipientAsync(string memberId, FeedbackRelation relation, CancellationToken cancellationToken) =>
        (await RecipientsAsync([(memberId, relation)], cancellationToken)).SingleOrDefault();

    /// <summary>The sender, then every voter and follower: one each, under their closest relation, with a confirmed address.</summary>
    public async Task<IReadOnlyList<FeedbackRecipient>> StatusRecipientsAsync(FeedbackItem item, CancellationToken cancellationToken)
    {
        var voters = await db.FeedbackVotes.AsNoTracking().Where(v => v.FeedbackId == item.Id).OrderBy(v => v.Id).Select(v => v.MemberId).ToListAsync(cancellationToken);
        var followers = await db.FeedbackFollowers.AsNoTracking().Where(f => f.FeedbackId == item.Id).OrderBy(f => f.Id).Select(f => f.MemberId).ToListAsync(cancellationToken);
        var wanted = new List<(string, FeedbackRelation)> { (item.SenderMemberId, FeedbackRelation.Sender) };
        wanted.AddRange(voters.Select(v => (v, FeedbackRelation.Voter)));
        wanted.AddRange(followers.Select(f => (f, FeedbackRelation.Follower)));
        return await RecipientsAsync(wanted, cancellationToken);
    }

    private async Task<IReadOnlyList<FeedbackRecipient>> RecipientsAsync(IReadOnlyList<(string MemberId, FeedbackRelation Relation)> wanted, CancellationToken cancellationToken)
    {
        var ids = wanted.Select(w => w.MemberId).Distinct().ToList();
        var members = await db.Users.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.EmailConfirmed && m.Email != null)
            .Select(m => new { m.Id, m.Email, m.PreferredCulture, m.DisplayName })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        return
        [
            .. wanted.DistinctBy(w => w.MemberId)
                .Where(w => members.ContainsKey(w.MemberId))
                .Select(w => members[w.MemberId] is var m ? new FeedbackRecipient(m.Id, m.Email!, m.PreferredCulture, m.DisplayName, w.Relation) : null!),
        ];
    }
}
