namespace HalloBot.Domain.Feedback;

/// <summary>Where the office stands on a piece of feedback. The numbers give the order: a status only moves forward.</summary>
public enum FeedbackStatus
{
    New = 0,
    UnderReview = 1,
    Planned = 2,
    Done = 3,
    Declined = 4,
}
