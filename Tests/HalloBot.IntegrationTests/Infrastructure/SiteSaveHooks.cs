using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Infrastructure;

/// <summary>
/// Hooks into the site's own saves, for tests that make something happen at a precise moment of a request: between the
/// site's last read and its write, or just as it begins a transaction.
/// </summary>
public static class SiteSaveHooks
{
    /// <summary>
    /// Adds <paramref name="interceptors"/> as the first of the context's configurations, so that they run before the
    /// outbox interceptor opens a save's transaction: where a concurrent request would fall.
    /// </summary>
    public static IServiceCollection AddFirstInterceptors(this IServiceCollection services, params IInterceptor[] interceptors)
    {
        services.Insert(0, ServiceDescriptor.Singleton<IDbContextOptionsConfiguration<SqliteHalloBotDbContext>>(new FirstConfiguration(interceptors)));
        return services;
    }

    private sealed class FirstConfiguration(IInterceptor[] interceptors) : IDbContextOptionsConfiguration<SqliteHalloBotDbContext>
    {
        public void Configure(IServiceProvider serviceProvider, DbContextOptionsBuilder optionsBuilder) => optionsBuilder.AddInterceptors(interceptors);
    }
}

/// <summary>
/// Runs an armed action once, inside the site's next save whose changes <paramref name="matches"/>, just before that save
/// reaches the database. Saves that do not match leave it armed.
/// </summary>
public sealed class OneShotSaveHook(Func<ChangeTracker, bool> matches) : SaveChangesInterceptor
{
    private Func<Task>? _action;

    public void Arm(Func<Task> action) => _action = action;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && matches(context.ChangeTracker) && Interlocked.Exchange(ref _action, null) is { } action)
        {
            await action();
        }

        return result;
    }
}

/// <summary>Tells when the request it waits for begins a database transaction; other work of the site does not count.</summary>
public sealed class RequestTransactionWatch : DbTransactionInterceptor
{
    // Every HttpContextAccessor reads the same flowing context; the site's own sets it per request.
    private readonly HttpContextAccessor _requests = new();
    private (string Path, TaskCompletionSource Started)? _watch;

    /// <summary>Completes when the site's handling of a request to <paramref name="path"/> begins a database transaction (before it has one).</summary>
    public Task StartingFor(string path)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _watch = (path, started);
        return started.Task;
    }

    public override ValueTask<InterceptionResult<System.Data.Common.DbTransaction>> TransactionStartingAsync(
        System.Data.Common.DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<System.Data.Common.DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (_watch is { } watch && _requests.HttpContext?.Request.Path.Value == watch.Path)
        {
            _watch = null;
            watch.Started.TrySetResult();
        }

        return ValueTask.FromResult(result);
    }
}
