using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs;
using HalloBot.Jobs.Mail;
using HalloBot.Jobs.Mail.Bounces;
using HalloBot.Jobs.Offers;
using HalloBot.Jobs.Outbox;
using HalloBot.Jobs.Photos;
using HalloBot.Jobs.Reservations;
using HalloBot.Jobs.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Infrastructure;

/// <summary>Hangfire, the jobs and the outbox relay. Job storage follows the database.</summary>
internal static class JobsExtensions
{
    public static IHostApplicationBuilder AddHalloBotJobs(this IHostApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        // Registered before AddHangfire, which then keeps it: each host (and each test host) gets its own
        // storage instead of Hangfire's process-wide JobStorage.Current.
        builder.Services.AddSingleton<JobStorage>(_ => database.Provider == DatabaseProvider.SqlServer
            ? new SqlServerStorage(database.ConnectionString)
            : new InMemoryStorage());
        builder.Services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));

        // Two workers: the machine has two cores, and indexing batches its writes anyway. The activator is the
        // host's own for the same reason as the storage: the global one belongs to whichever host started last.
        builder.Services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = 2;
            o.Activator = new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
        });

        // Photos on their own queue with one worker: each job may hold about 130 MiB while it decodes.
        builder.Services.AddHangfireServer((sp, o) =>
        {
            o.ServerName = $"{Environment.MachineName}:photos:{Guid.NewGuid():N}";
            o.Queues = [ProcessPhotoJob.QueueName];
            o.WorkerCount = 1;
            o.Activator = new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
        });
        builder.Services.AddHalloBotJobServices();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<Features.Account.UnconfirmedAccountCleanupJob>();

        // Saves write outbox rows in their transaction; every commit wakes the relay, which hands them over at once.
        builder.Services.ConfigureDbContext<SqliteHalloBotDbContext>(
            (sp, db) => db.AddInterceptors(OutboxInterceptor.Default, sp.GetRequiredService<OutboxSignal>()), ServiceLifetime.Singleton);
        builder.Services.ConfigureDbContext<SqlServerHalloBotDbContext>(
            (sp, db) => db.AddInterceptors(OutboxInterceptor.Default, sp.GetRequiredService<OutboxSignal>()), ServiceLifetime.Singleton);
        return builder;
    }

    /// <summary>The recurring jobs, all of them here. (The outbox sweep is not one: see <see cref="OutboxRelayService"/>.)</summary>
    public static WebApplication UseHalloBotJobs(this WebApplication app)
    {
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<OutboxCleanupJob>("outbox-cleanup", j => j.ExecuteAsync(CancellationToken.None), Cron.Daily(3));
        recurring.AddOrUpdate<MediaCleanupJob>("media-cleanup", j => j.ExecuteAsync(CancellationToken.None), Cron.Daily(4));
        recurring.AddOrUpdate<OfferValidityJob>("offer-validity", j => j.ExecuteAsync(CancellationToken.None), Cron.Daily(0, 5),
            new RecurringJobOptions { TimeZone = app.Services.GetRequiredService<OpeningHoursCalendar>().TimeZone });
        recurring.AddOrUpdate<Features.Feedback.FeedbackDigestJob>(Features.Feedback.FeedbackDigestJob.RecurringId, j => j.ExecuteAsync(CancellationToken.None), Cron.Weekly(DayOfWeek.Monday, 6));
        recurring.AddOrUpdate<ReservationReminderJob>(ReservationReminderJob.Id, j => j.ExecuteAsync(CancellationToken.None), "*/10 * * * *");
        recurring.AddOrUpdate<ReservationExpiryJob>(ReservationExpiryJob.Id, j => j.ExecuteAsync(CancellationToken.None), "*/10 * * * *");
        recurring.AddOrUpdate<ReservationDataErasureJob>(ReservationDataErasureJob.Id, j => j.ExecuteAsync(CancellationToken.None), Cron.Daily(2));
        recurring.AddOrUpdate<MailRetentionJob>(MailRetentionJob.Id, j => j.ExecuteAsync(CancellationToken.None), Cron.Daily(2, 10));
        recurring.AddOrUpdate<InvitationRetentionJob>(InvitationRetentionJob.Id, j => j.ExecuteAsync(CancellationToken.None), Cron.Daily(2, 20));
        recurring.AddOrUpdate<RequestTextRetentionJob>(RequestTextRetentionJob.Id, j => j.ExecuteAsync(CancellationToken.None), Cron.Daily(2, 30));
        recurring.AddOrUpdate<Features.Account.UnconfirmedAccountCleanupJob>(
            Features.Account.UnconfirmedAccountCleanupJob.Id, j => j.ExecuteAsync(CancellationToken.None), Cron.Daily(2, 40));
        if (app.Services.GetRequiredService<IOptions<MailOptions>>().Value.Bounces.Maildir is not null)
        {
            recurring.AddOrUpdate<ReadBouncesJob>(ReadBouncesJob.Id, j => j.ExecuteAsync(CancellationToken.None), "*/5 * * * *");
        }
        else
        {
            // Bounces were read before and no longer are: the stored schedule must not outlive the setting.
            recurring.RemoveIfExists(ReadBouncesJob.Id);
        }

        return app;
    }
}
