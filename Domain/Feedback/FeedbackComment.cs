namespace HalloBot.Domain.Feedback;

/// <summary>
/// A public comment, shown with the name of the business its author wrote for — unless that is the feedback's own
/// business and its sender did not agree to name it (<see cref="HideBusiness"/>).
/// </summary>
public sealed class FeedbackComment
{
    public const int TextMinLength = 2;
    public const int TextMaxLength = 2000;

    private FeedbackComment()
    {
    }

    public FeedbackComment(int feedbackId, int listingId, string memberId, string text, DateTime createdAt)
    {
        FeedbackId = feedbackId;
        ListingId = listingId;
        MemberId = memberId;
        Text = text;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int FeedbackId { get; private set; }
    public int ListingId { get; private set; }
    public string MemberId { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// Written for the business that sent the feedback without agreeing to be named: the page shows "the sender"
    /// instead. Kept on the comment, so that it stays hidden when the comment moves with a merge.
    /// </summary>
    public bool HideBusiness { get; init; }

    /// <summary>Whether a comment for <paramref name="listingId"/> on <paramref name="item"/> must not name its business.</summary>
    public static bool HidesBusiness(FeedbackItem item, int listingId) => listingId == item.ListingId && !item.ShowBusiness;

    internal void MoveTo(int feedbackId) => FeedbackId = feedbackId;

    /// <summary>Comments of a merged duplicate stay readable on the feedback it was merged into.</summary>
    public static void MoveAll(IEnumerable<FeedbackComment> comments, FeedbackItem target)
    {
        foreach (var comment in comments)
        {
            comment.MoveTo(target.Id);
        }
    }
}
