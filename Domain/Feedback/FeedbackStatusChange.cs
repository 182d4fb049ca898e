namespace HalloBot.Domain.Feedback;

/// <summary>
/// One step of a piece of feedback, with the public answer the sender, voters and followers receive. Its id is in the
/// key of each of those mails, so a retried notification sends no second copy.
/// </summary>
public sealed class FeedbackStatusChange
{
    public const int AnswerMaxLength = 2000;
    public const int StaffNameMaxLength = 200;

    private FeedbackStatusChange()
    {
    }

    internal FeedbackStatusChange(int feedbackId, FeedbackStatus from, FeedbackStatus to, string answer, string staffMemberId, string staffName, DateTime changedAt)
    {
        FeedbackId = feedbackId;
        From = from;
        To = to;
        Answer = answer;
        StaffMemberId = staffMemberId;
        StaffName = staffName.Length <= StaffNameMaxLength ? staffName : staffName[..StaffNameMaxLength];
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }
    public int FeedbackId { get; private set; }
    public FeedbackStatus From { get; private set; }
    public FeedbackStatus To { get; private set; }
    public string Answer { get; private set; } = "";

    /// <summary>Staff only: the public sees the office's answer, not who typed it.</summary>
    public string StaffMemberId { get; private set; } = "";

    public string StaffName { get; private set; } = "";
    public DateTime ChangedAt { get; private set; }
}
