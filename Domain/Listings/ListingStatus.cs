namespace HalloBot.Domain.Listings;

public enum ListingStatus
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Suspended = 3,
}
