namespace HalloBot.Domain.Feedback;

public enum FeedbackKind
{
    Idea = 0,
    Problem = 1,
    Praise = 2,
}
