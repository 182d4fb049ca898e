namespace HalloBot.Domain.Feedback;

/// <summary>A note staff keep on a piece of feedback; nobody else ever sees it.</summary>
public sealed class FeedbackNote
{
    public const int TextMaxLength = 4000;

    private FeedbackNote()
    {
    }

    public FeedbackNote(int feedbackId, string authorMemberId, string authorName, string text, DateTime createdAt)
    {
        FeedbackId = feedbackId;
        AuthorMemberId = authorMemberId;
        AuthorName = authorName;
        Text = text;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int FeedbackId { get; private set; }
    public string AuthorMemberId { get; private set; } = "";
    public string AuthorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}
