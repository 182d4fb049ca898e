namespace HalloBot.Domain.Feedback;

/// <summary>A business supports a piece of feedback: one vote per business, cast by one of its members.</summary>
public sealed class FeedbackVote
{
    private FeedbackVote()
    {
    }

    public FeedbackVote(int feedbackId, int listingId, string memberId, DateTime createdAt)
    {
        FeedbackId = feedbackId;
        ListingId = listingId;
        MemberId = memberId;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int FeedbackId { get; private set; }
    public int ListingId { get; private set; }

    /// <summary>Who cast it; they hear of every status change.</summary>
    public string MemberId { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    internal void MoveTo(int feedbackId) => FeedbackId = feedbackId;
}
