namespace HalloBot.Domain.Feedback;

/// <summary>A public comment, shown with the name of the business its author wrote for.</summary>
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
