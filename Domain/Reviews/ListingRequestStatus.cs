namespace HalloBot.Domain.Reviews;

public enum ListingRequestStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,

    /// <summary>The applicant took the request back before the office decided.</summary>
    Withdrawn = 3,
}
