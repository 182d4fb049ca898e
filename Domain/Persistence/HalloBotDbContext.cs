using HalloBot.Domain.Accounts;
using HalloBot.Domain.Audit;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Feedback;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Media;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Outbox;
using HalloBot.Domain.Reviews;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HalloBot.Domain.Persistence;

/// <summary>The model. Subclasses only pick the database provider, each with its own migrations.</summary>
/// <remarks>
/// Accounts live in the same database (ASP.NET Core Identity's tables), and so do the data-protection keys,
/// so that every web instance can read the cookies of the others.
/// </remarks>
public abstract class HalloBotDbContext(DbContextOptions options)
    : IdentityDbContext<Member>(options), IDataProtectionKeyContext
{
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<ListingSlugRedirect> SlugRedirects => Set<ListingSlugRedirect>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ListingMembership> ListingMemberships => Set<ListingMembership>();
    public DbSet<MembershipInvitation> MembershipInvitations => Set<MembershipInvitation>();
    public DbSet<ListingRequest> ListingRequests => Set<ListingRequest>();
    public DbSet<ListingChange> ListingChanges => Set<ListingChange>();
    public DbSet<ListingPhoto> ListingPhotos => Set<ListingPhoto>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<MailOptOut> MailOptOuts => Set<MailOptOut>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<OfferPhoto> OfferPhotos => Set<OfferPhoto>();
    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();
    public DbSet<FeedbackVote> FeedbackVotes => Set<FeedbackVote>();
    public DbSet<FeedbackFollower> FeedbackFollowers => Set<FeedbackFollower>();
    public DbSet<FeedbackComment> FeedbackComments => Set<FeedbackComment>();
    public DbSet<FeedbackNote> FeedbackNotes => Set<FeedbackNote>();
    public DbSet<FeedbackStatusChange> FeedbackStatusChanges => Set<FeedbackStatusChange>();

    /// <remarks>
    /// Every context writes its outbox rows, however it was created. The site's pooled contexts get the
    /// interceptor with their options (pooling forbids changing them here); any other context gets it here.
    /// </remarks>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var interceptors = optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
        if (!interceptors.OfType<OutboxInterceptor>().Any())
        {
            optionsBuilder.AddInterceptors(OutboxInterceptor.Default);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HalloBotDbContext).Assembly);
    }
}
