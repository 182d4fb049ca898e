using HalloBot.Jobs.Indexing;
using HalloBot.Jobs.Mail;
using HalloBot.Jobs.Offers;
using HalloBot.Jobs.Outbox;
using HalloBot.Jobs.Photos;
using HalloBot.Jobs.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>The jobs, the services they use, and the outbox relay. Hangfire itself is the host's to configure.</summary>
    public static IServiceCollection AddHalloBotJobServices(this IServiceCollection services)
    {
        services.AddScoped<OutboxLedger>();
        services.AddScoped<OutboxRelay>();
        services.AddScoped<ListingIndexer>();
        services.AddScoped<SearchIndexRebuilder>();
        services.AddScoped<IndexListingJob>();
        services.AddScoped<IndexListingsJob>();
        services.AddScoped<IndexCategoryJob>();
        services.AddScoped<IndexDistrictJob>();
        services.AddScoped<OutboxCleanupJob>();
        services.AddScoped<SendMailJob>();
        services.AddScoped<MailQueue>();
        services.AddScoped<Mail.Bounces.ReadBouncesJob>();
        services.AddScoped<PhotoProcessing>();
        services.AddScoped<ProcessPhotoJob>();
        services.AddScoped<MediaCleanupJob>();
        services.AddScoped<CurrentOfferTexts>();
        services.AddScoped<OfferValidityJob>();
        services.AddScoped<OfferPhotoProcessing>();
        services.AddScoped<ProcessOfferPhotoJob>();
        services.AddScoped<MailRetentionJob>();
        services.AddScoped<InvitationRetentionJob>();
        services.AddScoped<RequestTextRetentionJob>();
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxRelayService>();
        return services;
    }
}
