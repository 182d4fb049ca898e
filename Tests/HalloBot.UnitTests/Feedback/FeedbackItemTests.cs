using HalloBot.Domain.Feedback;

namespace HalloBot.UnitTests.Feedback;

public sealed class FeedbackItemTests
{
    private static readonly DateTime At = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(FeedbackStatus.UnderReview)]
    [InlineData(FeedbackStatus.Planned)]
    [InlineData(FeedbackStatus.Done)]
    [InlineData(FeedbackStatus.Declined)]
    public void ChangeStatus_ForwardFromNew_MovesAndRecordsAnswer(FeedbackStatus to)
    {
        var item = Item();

        var change = item.ChangeStatus(to, "Wir prüfen das.", "staff-1", "Frau Amt", At);

        Assert.Equal(to, item.Status);
        Assert.Equal("Wir prüfen das.", item.PublicAnswer);
        Assert.Equal(At, item.StatusChangedAt);
        Assert.Equal((FeedbackStatus.New, to, "Wir prüfen das."), (change.From, change.To, change.Answer));
    }

    [Fact]
    public void CanMoveTo_BackwardsSameOrAfterDecision_False()
    {
        var item = Item();
        item.ChangeStatus(FeedbackStatus.Planned, "Geplant.", "s", "S", At);

        Assert.False(item.CanMoveTo(FeedbackStatus.UnderReview));
        Assert.False(item.CanMoveTo(FeedbackStatus.Planned));
        Assert.False(item.CanMoveTo((FeedbackStatus)99));
        Assert.True(item.CanMoveTo(FeedbackStatus.Declined));

        item.ChangeStatus(FeedbackStatus.Done, "Fertig.", "s", "S", At);
        Assert.All(Enum.GetValues<FeedbackStatus>(), s => Assert.False(item.CanMoveTo(s)));
        Assert.Throws<InvalidOperationException>(() => item.ChangeStatus(FeedbackStatus.Declined, "Doch nicht.", "s", "S", At));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ChangeStatus_NoAnswer_ThrowsAndKeepsStatus(string answer)
    {
        var item = Item();

        Assert.Throws<InvalidOperationException>(() => item.ChangeStatus(FeedbackStatus.Planned, answer, "s", "S", At));
        Assert.Equal(FeedbackStatus.New, item.Status);
    }

    [Fact]
    public void AcceptsVoteFrom_OwnBusinessOrDecided_False()
    {
        var item = Item();

        Assert.False(item.AcceptsVoteFrom(7));
        Assert.True(item.AcceptsVoteFrom(8));
        item.ChangeStatus(FeedbackStatus.Declined, "Nein, weil …", "s", "S", At);
        Assert.False(item.AcceptsVoteFrom(8));
    }

    [Fact]
    public void MergeInto_VotesOfOtherBusinesses_MoveToTarget()
    {
        var (duplicate, target) = Pair();
        var vote = new FeedbackVote(duplicate.Id, 30, "member-30", At);

        var result = duplicate.MergeInto(target, [vote], [], [], [], At);

        Assert.Equal(target.Id, vote.FeedbackId);
        Assert.Empty(result.DroppedVotes);
        Assert.Equal(target.Id, duplicate.MergedIntoId);
        Assert.True(duplicate.IsMerged);
    }

    [Fact]
    public void MergeInto_BusinessVotedForBoth_DuplicateVoteDropped()
    {
        var (duplicate, target) = Pair();
        var onDuplicate = new FeedbackVote(duplicate.Id, 30, "member-30", At);
        var onTarget = new FeedbackVote(target.Id, 30, "member-31", At);

        var result = duplicate.MergeInto(target, [onDuplicate], [onTarget], [], [], At);

        Assert.Equal([onDuplicate], result.DroppedVotes);
        Assert.Equal(duplicate.Id, onDuplicate.FeedbackId);
    }

    [Fact]
    public void MergeInto_TargetsOwnBusinessVotedForDuplicate_VoteDropped()
    {
        var (duplicate, target) = Pair();
        var ownVote = new FeedbackVote(duplicate.Id, target.ListingId, "member-10", At);

        var result = duplicate.MergeInto(target, [ownVote], [], [], [], At);

        Assert.Equal([ownVote], result.DroppedVotes);
        Assert.DoesNotContain(result.AddedVotes, v => v.ListingId == target.ListingId);
    }

    [Fact]
    public void MergeInto_DuplicatesSender_VotesAndFollowsTargetOnce()
    {
        var (duplicate, target) = Pair();

        var result = duplicate.MergeInto(target, [], [], [], [], At);

        var added = Assert.Single(result.AddedVotes);
        Assert.Equal((target.Id, duplicate.ListingId, duplicate.SenderMemberId), (added.FeedbackId, added.ListingId, added.MemberId));
        var follower = Assert.Single(result.AddedFollowers);
        Assert.Equal((target.Id, duplicate.SenderMemberId), (follower.FeedbackId, follower.MemberId));

        var (again, other) = Pair();
        var alreadyVoted = new FeedbackVote(other.Id, again.ListingId, "colleague", At);
        var alreadyFollows = new FeedbackFollower(other.Id, again.SenderMemberId, At);
        var none = again.MergeInto(other, [], [alreadyVoted], [], [alreadyFollows], At);
        Assert.Empty(none.AddedVotes);
        Assert.Empty(none.AddedFollowers);
    }

    [Fact]
    public void MergeInto_Followers_MoveUnlessFollowingTargetAlready()
    {
        var (duplicate, target) = Pair();
        var newFollower = new FeedbackFollower(duplicate.Id, "member-40", At);
        var doubleFollower = new FeedbackFollower(duplicate.Id, "member-41", At);
        var onTarget = new FeedbackFollower(target.Id, "member-41", At);

        var result = duplicate.MergeInto(target, [], [], [newFollower, doubleFollower], [onTarget], At);

        Assert.Equal(target.Id, newFollower.FeedbackId);
        Assert.Equal([doubleFollower], result.DroppedFollowers);
    }

    [Fact]
    public void MoveAll_CommentsOfDuplicate_MoveToTargetAndKeepHiddenBusiness()
    {
        var (duplicate, target) = Pair();
        var comments = new[]
        {
            new FeedbackComment(duplicate.Id, 30, "member-30", "Sehe ich auch so.", At),
            new FeedbackComment(duplicate.Id, duplicate.ListingId, duplicate.SenderMemberId, "Noch ein Detail.", At) { HideBusiness = true },
        };

        FeedbackComment.MoveAll(comments, target);

        Assert.All(comments, c => Assert.Equal(target.Id, c.FeedbackId));
        Assert.True(comments[1].HideBusiness);
    }

    [Fact]
    public void CanMergeInto_TargetDoneOrDeclinedOrMergedOrSelf_FalseAndMergeThrows()
    {
        var (duplicate, target) = Pair();
        Assert.True(duplicate.CanMergeInto(target));
        Assert.False(duplicate.CanMergeInto(duplicate));

        target.ChangeStatus(FeedbackStatus.Done, "Ist umgesetzt.", "s", "S", At);
        Assert.False(duplicate.CanMergeInto(target));
        Assert.Throws<InvalidOperationException>(() => duplicate.MergeInto(target, [], [], [], [], At));
        Assert.False(duplicate.IsMerged);

        var (other, declined) = Pair();
        declined.ChangeStatus(FeedbackStatus.Declined, "Nein.", "s", "S", At);
        Assert.False(other.CanMergeInto(declined));
    }

    [Theory]
    [InlineData(7, false, true)]
    [InlineData(7, true, false)]
    [InlineData(8, false, false)]
    public void HidesBusiness_OnlyTheSendersBusinessWithoutConsent(int commentListing, bool showBusiness, bool hidden)
    {
        var item = new FeedbackItem(FeedbackKind.Idea, FeedbackArea.Search, "Sonntags geöffnet", "Ein Filter für Sonntage wäre schön.", 7, "member-1", showBusiness, At);

        Assert.Equal(hidden, FeedbackComment.HidesBusiness(item, commentListing));
    }

    /// <summary>A duplicate (business 20) and the earlier feedback it repeats (business 10), with ids as if saved.</summary>
    private static (FeedbackItem Duplicate, FeedbackItem Target) Pair()
    {
        var target = WithId(new FeedbackItem(FeedbackKind.Idea, FeedbackArea.Search, "Sonntags geöffnet", "Ein Filter für Sonntage wäre schön.", 10, "member-10", true, At), 1);
        var duplicate = WithId(new FeedbackItem(FeedbackKind.Idea, FeedbackArea.Search, "Sonntagsfilter", "Bitte einen Filter für Sonntage.", 20, "member-20", true, At), 2);
        return (duplicate, target);
    }

    private static FeedbackItem WithId(FeedbackItem item, int id)
    {
        // The id is the database's to give; a test sets it as saving would.
        typeof(FeedbackItem).GetProperty(nameof(FeedbackItem.Id))!.SetValue(item, id);
        return item;
    }

    private static FeedbackItem Item() =>
        new(FeedbackKind.Idea, FeedbackArea.Search, "Sonntags geöffnet", "Ein Filter für Sonntage wäre schön.", 7, "member-1", true, At);
}
