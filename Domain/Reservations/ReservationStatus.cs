namespace HalloBot.Domain.Reservations;

/// <summary>Where a reservation stands. Stored as its number: append new values at the end, never renumber.</summary>
public enum ReservationStatus
{
    /// <summary>Sent, but the resident has not yet confirmed the e-mail address: the shop does not see it.</summary>
    AwaitingConfirmation = 0,

    /// <summary>Confirmed by the resident; waiting for the shop's answer.</summary>
    Requested = 1,

    /// <summary>The shop holds the item for a pick-up window.</summary>
    Accepted = 2,

    /// <summary>The shop proposed another pick-up window; the resident may take it or cancel.</summary>
    OtherTimeProposed = 3,

    Declined = 4,
    CancelledByResident = 5,
    PickedUp = 6,
    NotCollected = 7,

    /// <summary>Nobody acted in time (unconfirmed, unanswered, proposal not taken, hold ran out): the item is free again.</summary>
    Expired = 8,
}

public static class ReservationStatuses
{
    /// <summary>The states in which a reservation still ties up an item, and counts against the resident's limit.</summary>
    public static IReadOnlyList<ReservationStatus> Open { get; } =
    [
        ReservationStatus.AwaitingConfirmation,
        ReservationStatus.Requested,
        ReservationStatus.Accepted,
        ReservationStatus.OtherTimeProposed,
    ];

    /// <summary>What the shop sees: everything the resident confirmed.</summary>
    public static IReadOnlyList<ReservationStatus> VisibleToShop { get; } =
    [
        ReservationStatus.Requested,
        ReservationStatus.Accepted,
        ReservationStatus.OtherTimeProposed,
        ReservationStatus.Declined,
        ReservationStatus.CancelledByResident,
        ReservationStatus.PickedUp,
        ReservationStatus.NotCollected,
        ReservationStatus.Expired,
    ];

    public static bool IsOpen(this ReservationStatus status) => Open.Contains(status);
}
