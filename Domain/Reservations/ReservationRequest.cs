namespace HalloBot.Domain.Reservations;

/// <summary>What the resident typed into the reservation form, checked by <see cref="ReservationRequestValidator"/>.</summary>
public sealed record ReservationRequest(
    string Name,
    string Email,
    string? Phone,
    int Quantity,
    DateOnly PreferredPickupDate,
    string? Message,
    string Culture);
