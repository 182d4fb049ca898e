using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HalloBot.Domain.Persistence;

/// <summary>The model. Subclasses only pick the database provider, each with its own migrations.</summary>
public abstract class HalloBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<ListingSlugRedirect> SlugRedirects => Set<ListingSlugRedirect>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HalloBotDbContext).Assembly);
}
