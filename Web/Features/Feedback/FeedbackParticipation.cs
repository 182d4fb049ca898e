using HalloBot.Domain.Feedback;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Business;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Feedback;

/// <summary>What members of other businesses do with feedback: vote (once per business), follow, comment.</summary>
public sealed class FeedbackParticipation(
    HalloBotDbContext db,
    FeedbackPeople people,
    FeedbackFormValidator validator,
    IStringLocalizer<SharedResource> t,
    TimeProvider time)
{
    public async Task<ParticipationResult> VoteAsync(int id, string? listingId, CurrentMember member, CancellationToken cancellationToken)
    {
        var item = await OpenItemAsync(id, cancellationToken);
        if (item is null)
        {
            return ParticipationResult.NotFound;
        }

        var businesses = await people.BusinessesAsync(member.Id, cancellationToken);
        var errors = new List<FieldError>();
        if (validator.Business(listingId, businesses, FeedbackFields.VoteListing, errors) is not { } voter)
        {
            return new ParticipationResult(ParticipationState.Forbidden, errors);
        }

        if (voter == item.ListingId)
        {
            return Refused(ParticipationState.Forbidden, FeedbackFields.VoteListing, "Feedback.Error.OwnFeedback");
        }

        if (!item.AcceptsVoteFrom(voter))
        {
            return Refused(ParticipationState.Conflict, FeedbackFields.VoteListing, "Feedback.Error.Closed");
        }

        if (await db.FeedbackVotes.AnyAsync(v => v.FeedbackId == id && v.ListingId == voter, cancellationToken))
        {
            return Refused(ParticipationState.Conflict, FeedbackFields.VoteListing, "Feedback.Error.AlreadyVoted");
        }

        db.FeedbackVotes.Add(new FeedbackVote(id, voter, member.Id, Now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two colleagues pressed at the same time: the unique index kept one vote.
            return Refused(ParticipationState.Conflict, FeedbackFields.VoteListing, "Feedback.Error.AlreadyVoted");
        }

        return ParticipationResult.Done;
    }

    public async Task<ParticipationResult> FollowAsync(int id, bool follow, CurrentMember member, CancellationToken cancellationToken)
    {
        if (!await db.FeedbackItems.AnyAsync(f => f.Id == id && f.MergedIntoId == null, cancellationToken))
        {
            return ParticipationResult.NotFound;
        }

        var existing = await db.FeedbackFollowers.SingleOrDefaultAsync(f => f.FeedbackId == id && f.MemberId == member.Id, cancellationToken);
        if (follow && existing is null)
        {
            db.FeedbackFollowers.Add(new FeedbackFollower(id, member.Id, Now));
        }
        else if (!follow && existing is not null)
        {
            db.FeedbackFollowers.Remove(existing);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (follow)
        {
            // Followed twice at once: one row is what was asked for.
        }

        return ParticipationResult.Done;
    }

    public async Task<ParticipationResult> CommentAsync(int id, string? listingId, string? text, CurrentMember member, CancellationToken cancellationToken)
    {
        var item = await OpenItemAsync(id, cancellationToken);
        if (item is null)
        {
            return ParticipationResult.NotFound;
        }

        var businesses = await people.BusinessesAsync(member.Id, cancellationToken);
        if (businesses.Count == 0)
        {
            return Refused(ParticipationState.Forbidden, FeedbackFields.CommentListing, "Feedback.Error.Business");
        }

        var errors = new List<FieldError>();
        var business = validator.Business(listingId, businesses, FeedbackFields.CommentListing, errors);
        var comment = validator.Text(text, FeedbackFields.Comment, FeedbackComment.TextMinLength, FeedbackComment.TextMaxLength, errors);
        if (business is null || comment is null)
        {
            return new ParticipationResult(ParticipationState.Invalid, errors);
        }

        db.FeedbackComments.Add(new FeedbackComment(id, business.Value, member.Id, comment, Now)
        {
            HideBusiness = FeedbackComment.HidesBusiness(item, business.Value),
        });
        await db.SaveChangesAsync(cancellationToken);
        return ParticipationResult.Done;
    }

    private Task<FeedbackItem?> OpenItemAsync(int id, CancellationToken cancellationToken) =>
        db.FeedbackItems.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.MergedIntoId == null, cancellationToken);

    private ParticipationResult Refused(ParticipationState state, string field, string key) =>
        new(state, [new FieldError(field, t[key])]);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}

public enum ParticipationState
{
    Done,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

public sealed record ParticipationResult(ParticipationState State, IReadOnlyList<FieldError> Errors)
{
    public static readonly ParticipationResult Done = new(ParticipationState.Done, []);
    public static readonly ParticipationResult NotFound = new(ParticipationState.NotFound, []);
}
