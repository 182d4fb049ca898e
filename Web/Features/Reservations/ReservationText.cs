using System.Globalization;
using HalloBot.Domain.Reservations;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Reservations;

/// <summary>Dates and pick-up windows as pages and mails write them, in the current culture.</summary>
public static class ReservationText
{
    public static string Date(IStringLocalizer t, DateOnly date) =>
        date.ToString(t["Reservations.DateFormat"].Value, CultureInfo.CurrentCulture);

    public static string Window(IStringLocalizer t, PickupWindow window) =>
        t["Reservations.Window", Date(t, window.Date), window.From.ToString("HH:mm", CultureInfo.InvariantCulture),
            window.Until.ToString("HH:mm", CultureInfo.InvariantCulture)].Value;
}
