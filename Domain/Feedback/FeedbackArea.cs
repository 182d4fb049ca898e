namespace HalloBot.Domain.Feedback;

/// <summary>The part of the platform a piece of feedback is about.</summary>
public enum FeedbackArea
{
    Search = 0,
    ListingEditor = 1,
    Photos = 2,
    Offers = 3,
    Reservations = 4,
    Other = 5,
}
