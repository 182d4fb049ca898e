namespace HalloBot.Domain.Reservations;

/// <summary>A day and the hours of it in which the resident may collect the item, in local time.</summary>
public readonly record struct PickupWindow(DateOnly Date, TimeOnly From, TimeOnly Until)
{
    public bool IsWellFormed => From < Until;
}
