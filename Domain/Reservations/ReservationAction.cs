namespace HalloBot.Domain.Reservations;

/// <summary>What someone may do to a reservation; <see cref="Reservation.Allows"/> says whether its state permits it.</summary>
public enum ReservationAction
{
    Confirm,
    Accept,
    ProposeOtherTime,
    Decline,
    TakeProposal,
    Cancel,
    MarkPickedUp,
    MarkNotCollected,
}

/// <summary>Why a pick-up window cannot be offered.</summary>
public enum PickupWindowProblem
{
    None,

    /// <summary>"From" is not before "until".</summary>
    EndsBeforeItStarts,

    /// <summary>The window is over already.</summary>
    InThePast,
}
