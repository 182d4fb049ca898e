namespace HalloBot.Domain.Outbox;

/// <summary>What an outbox row asks for; the row's <see cref="OutboxMessage.EntityId"/> says of which record.</summary>
public enum OutboxMessageKind
{
    /// <summary>Bring listing <c>EntityId</c>'s search document in line with the database.</summary>
    IndexListing = 0,

    /// <summary>Category <c>EntityId</c> was renamed: re-index every listing in it.</summary>
    IndexCategory = 1,

    /// <summary>District <c>EntityId</c> was renamed: re-index every listing in it.</summary>
    IndexDistrict = 2,

    /// <summary>Photo <c>EntityId</c> waits for the image job: check, make the variants, mark it ready or rejected.</summary>
    ProcessPhoto = 3,

    /// <summary>Mail <c>EntityId</c> waits to be sent.</summary>
    SendMail = 4,

    /// <summary>Offer photo <c>EntityId</c> waits for the image job, as <see cref="ProcessPhoto"/> does for a listing's photo.</summary>
    ProcessOfferPhoto = 5,
}
