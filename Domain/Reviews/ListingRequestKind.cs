namespace HalloBot.Domain.Reviews;

public enum ListingRequestKind
{
    /// <summary>"Das ist mein Betrieb": a member asks to keep an existing listing.</summary>
    Claim = 0,

    /// <summary>A member created a listing; it is public only once approved.</summary>
    NewListing = 1,
}
