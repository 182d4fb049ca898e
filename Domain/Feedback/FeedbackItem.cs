using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Feedback;

/// <summary>
/// Feedback a business sends on a feature of the platform. Staff move it forward through its statuses, each step
/// with a public answer (<see cref="FeedbackStatusChange"/>), or merge it into an earlier duplicate.
/// </summary>
public sealed class FeedbackItem
{
    public const int TitleMinLength = 5;
    public const int TitleMaxLength = 120;
    public const int TextMinLength = 10;
    public const int TextMaxLength = 4000;

    private FeedbackItem()
    {
    }

    public FeedbackItem(FeedbackKind kind, FeedbackArea area, string title, string text, int listingId, string senderMemberId, bool showBusiness, DateTime createdAt)
    {
        Kind = kind;
        Area = area;
        Title = title;
        Text = text;
        ListingId = listingId;
        SenderMemberId = senderMemberId;
        ShowBusiness = showBusiness;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public FeedbackKind Kind { get; private set; }
    public FeedbackArea Area { get; private set; }
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    /// <summary>The business the feedback comes from; its members may not vote for it.</summary>
    public int ListingId { get; private set; }

    public Listing Listing { get; private set; } = null!;
    public string SenderMemberId { get; private set; } = "";

    /// <summary>The sender agreed that the public page names their business.</summary>
    public bool ShowBusiness { get; private set; }

    /// <summary>The screenshot's variants in the media store, when one was sent.</summary>
    public string? ScreenshotKey { get; private set; }

    public int? ScreenshotWidth { get; private set; }
    public int? ScreenshotHeight { get; private set; }

    public FeedbackStatus Status { get; private set; } = FeedbackStatus.New;

    /// <summary>The answer given with the latest status change.</summary>
    public string? PublicAnswer { get; private set; }

    public DateTime? StatusChangedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>Set when staff merged this into an earlier duplicate: its page leads there, and it leaves the lists.</summary>
    public int? MergedIntoId { get; private set; }

    public bool IsMerged => MergedIntoId is not null;

    public bool IsClosed => Status is FeedbackStatus.Done or FeedbackStatus.Declined;

    public void AttachScreenshot(string key, int width, int height)
    {
        ScreenshotKey = key;
        ScreenshotWidth = width;
        ScreenshotHeight = height;
    }

    /// <summary>Forward only, and not once done, declined or merged.</summary>
    public bool CanMoveTo(FeedbackStatus status) => !IsMerged && !IsClosed && status > Status && Enum.IsDefined(status);

    /// <summary>Another business may vote while the feedback is open; the sender's own business may not.</summary>
    public bool AcceptsVoteFrom(int listingId) => !IsMerged && !IsClosed && listingId != ListingId;

    /// <exception cref="InvalidOperationException">The move is not allowed (<see cref="CanMoveTo"/>) or the answer is empty.</exception>
    public FeedbackStatusChange ChangeStatus(FeedbackStatus status, string answer, string staffMemberId, string staffName, DateTime at)
    {
        if (!CanMoveTo(status))
        {
            throw new InvalidOperationException($"Feedback {Id} cannot move from {Status} to {status}.");
        }

        if (string.IsNullOrWhiteSpace(answer) || answer.Length > FeedbackStatusChange.AnswerMaxLength)
        {
            throw new InvalidOperationException("A status change needs a public answer of at most " + FeedbackStatusChange.AnswerMaxLength + " characters.");
        }

        var change = new FeedbackStatusChange(Id, Status, status, answer, staffMemberId, staffName, at);
        Status = status;
        PublicAnswer = answer;
        StatusChangedAt = at;
        return change;
    }

    /// <summary>
    /// Not into itself, nor when either is merged already; nor into feedback that is done or declined: its voters were
    /// told the outcome, and the duplicate's supporters would never hear it. Such a duplicate gets its own answer instead.
    /// </summary>
    public bool CanMergeInto(FeedbackItem target) => target.Id != Id && !IsMerged && !target.IsMerged && !target.IsClosed;

    /// <summary>
    /// Marks this a duplicate of <paramref name="target"/> and moves its supporters there: votes of businesses that have
    /// not voted for the target yet (never the target's own business), followers not yet following, and this sender's
    /// business as a voter and the sender as a follower — they asked for the same thing. Returns what is left over
    /// (double votes and follows), for the caller to delete.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not allowed (<see cref="CanMergeInto"/>).</exception>
    public FeedbackMergeResult MergeInto(
        FeedbackItem target,
        IReadOnlyList<FeedbackVote> votes,
        IReadOnlyCollection<FeedbackVote> targetVotes,
        IReadOnlyList<FeedbackFollower> followers,
        IReadOnlyCollection<FeedbackFollower> targetFollowers,
        DateTime at)
    {
        if (!CanMergeInto(target))
        {
            throw new InvalidOperationException($"Feedback {Id} cannot be merged into {target.Id}.");
        }

        var votingListings = targetVotes.Select(v => v.ListingId).Append(target.ListingId).ToHashSet();
        var following = targetFollowers.Select(f => f.MemberId).ToHashSet();
        var leftOver = new FeedbackMergeResult();
        foreach (var vote in votes)
        {
            if (votingListings.Add(vote.ListingId))
            {
                vote.MoveTo(target.Id);
            }
            else
            {
                leftOver.DroppedVotes.Add(vote);
            }
        }

        foreach (var follower in followers)
        {
            if (following.Add(follower.MemberId))
            {
                follower.MoveTo(target.Id);
            }
            else
            {
                leftOver.DroppedFollowers.Add(follower);
            }
        }

        if (votingListings.Add(ListingId))
        {
            leftOver.AddedVotes.Add(new FeedbackVote(target.Id, ListingId, SenderMemberId, at));
        }

        if (following.Add(SenderMemberId))
        {
            leftOver.AddedFollowers.Add(new FeedbackFollower(target.Id, SenderMemberId, at));
        }

        MergedIntoId = target.Id;
        return leftOver;
    }
}

/// <summary>What a merge leaves for the caller: rows to delete (doubles) and rows to add (the duplicate's sender).</summary>
public sealed class FeedbackMergeResult
{
    public List<FeedbackVote> DroppedVotes { get; } = [];
    public List<FeedbackFollower> DroppedFollowers { get; } = [];
    public List<FeedbackVote> AddedVotes { get; } = [];
    public List<FeedbackFollower> AddedFollowers { get; } = [];
}
