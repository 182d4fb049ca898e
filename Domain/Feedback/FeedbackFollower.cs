namespace HalloBot.Domain.Feedback;

/// <summary>A member who wants to hear of each status change of a piece of feedback without voting for it.</summary>
public sealed class FeedbackFollower
{
    private FeedbackFollower()
    {
    }

    public FeedbackFollower(int feedbackId, string memberId, DateTime createdAt)
    {
        FeedbackId = feedbackId;
        MemberId = memberId;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int FeedbackId { get; private set; }
    public string MemberId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    internal void MoveTo(int feedbackId) => FeedbackId = feedbackId;
}
