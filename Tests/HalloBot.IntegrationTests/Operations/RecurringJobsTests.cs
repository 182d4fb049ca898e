using Hangfire;
using Hangfire.Storage;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>
/// The recurring jobs as the started site leaves them in Hangfire's storage: each id with its job, schedule and time
/// zone. The ids are spelt out here, not taken from the code's constants: a renamed id would leave the old schedule
/// running in a SQL Server storage next to the new one, so a rename must be a decision, made here too.
/// </summary>
public sealed class RecurringJobsTests
{
    [Fact]
    public async Task Start_RegistersEveryRecurringJobWithItsScheduleAndTimeZone()
    {
        await using var app = new HalloBotAppFactory();
        using var client = app.CreateClient();
        Assert.True((await client.GetAsync("/health/live")).IsSuccessStatusCode);

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var registered = connection.GetRecurringJobs()
            .OrderBy(j => j.Id, StringComparer.Ordinal)
            .Select(j => (j.Id, Job: j.Job?.Type.Name, j.Cron, j.TimeZoneId, LoadError: j.LoadException?.Message))
            .ToList();

        (string, string?, string, string, string?)[] expected =
        [
            ("feedback-digest", "FeedbackDigestJob", "0 6 * * 1", "UTC", null),
            ("media-cleanup", "MediaCleanupJob", "0 4 * * *", "UTC", null),
            ("offer-validity", "OfferValidityJob", "5 0 * * *", "Europe/Berlin", null),
            ("outbox-cleanup", "OutboxCleanupJob", "0 3 * * *", "UTC", null),
            ("reservations-erasure", "ReservationDataErasureJob", "0 2 * * *", "UTC", null),
            ("reservations-expiry", "ReservationExpiryJob", "*/10 * * * *", "UTC", null),
            ("reservations-reminders", "ReservationReminderJob", "*/10 * * * *", "UTC", null),
            ("retention-invitations", "InvitationRetentionJob", "20 2 * * *", "UTC", null),
            ("retention-mails", "MailRetentionJob", "10 2 * * *", "UTC", null),
            ("retention-requests", "RequestTextRetentionJob", "30 2 * * *", "UTC", null),
            ("retention-unconfirmed-accounts", "UnconfirmedAccountCleanupJob", "40 2 * * *", "UTC", null),
        ];
        Assert.Equal(expected, registered);
    }
}
