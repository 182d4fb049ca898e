using HalloBot.Domain.Reservations;
using HalloBot.Jobs.Reservations;

namespace HalloBot.Web.Features.Reservations;

internal static class ReservationsExtensions
{
    /// <summary>The reservation pages, their mails, and the services the recurring reservation jobs need.</summary>
    public static IServiceCollection AddHalloBotReservations(this IServiceCollection services)
    {
        services.AddSingleton<WorkingDays>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ReservationLinks>();
        services.AddScoped<ReservationMailer>();
        services.AddScoped<IReservationNotifications>(sp => sp.GetRequiredService<ReservationMailer>());
        services.AddScoped<ReservationMessages>();
        services.AddScoped<ReservationFormService>();
        services.AddScoped<ResidentReservationService>();
        services.AddScoped<ShopReservationService>();
        services.AddScoped<ReservationCsvExport>();
        services.AddScoped<OfferReservations>();
        services.AddScoped<ReservationReminderJob>();
        services.AddScoped<ReservationExpiryJob>();
        services.AddScoped<ReservationDataErasureJob>();
        return services;
    }
}
