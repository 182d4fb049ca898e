namespace HalloBot.Web.Features.Offers;

/// <summary>How a shop's request to delete an offer ended.</summary>
public enum OfferDeletion
{
    Deleted,

    /// <summary>No such offer on this listing (or it was deleted meanwhile).</summary>
    NotFound,

    /// <summary>Reservations kept arriving while it was being deleted; nothing changed, the shop may try again.</summary>
    Conflict,
}
