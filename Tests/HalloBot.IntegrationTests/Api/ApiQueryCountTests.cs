using System.Data.Common;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using HalloBot.IntegrationTests.Infrastructure;
using static HalloBot.IntegrationTests.Api.JsonAssert;

namespace HalloBot.IntegrationTests.Api;

/// <summary>Each API request costs a fixed number of database round trips, however many listings it returns.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiQueryCountTests(ApiTestApp app)
{
    [Theory]
    [InlineData("/api/v1/listings?pageSize=100&at=2026-06-03T10:00:00Z", 2)] // total, then the page with its categories and districts
    [InlineData("/api/v1/listings/baeckerei-mueller-kirchhellen?at=2026-06-03T10:00:00Z", 1)]
    [InlineData("/api/v1/listings/baeckerei-mueller", 2)] // not found by slug, then found as a former slug
    [InlineData("/api/v1/categories", 1)]
    [InlineData("/api/v1/districts", 1)]
    public async Task Get_AnyEndpoint_FixedNumberOfQueries(string url, int queries)
    {
        var counter = new CommandCounter();
        await using var counted = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.ConfigureDbContext<SqliteHalloBotDbContext>(o => o.AddInterceptors(counter));
        }));
        using var client = counted.CreateNonRedirectingClient();
        await ReadJsonAsync(await client.GetAsync("/api/v1/categories")); // start-up (migration check) is not the request's cost
        counter.Reset();

        using var response = await client.GetAsync(url);

        Assert.True((int)response.StatusCode is 200 or 301, $"{url}: {(int)response.StatusCode}");
        Assert.Equal(queries, counter.Count);
    }

    /// <summary>
    /// Counts the commands sent while answering a request. The site's background work (the outbox sweep, the status
    /// gauges, Hangfire) has no request and may run at any moment, so it is not counted.
    /// </summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        // Every HttpContextAccessor reads the same flowing context; the site's own sets it per request.
        private readonly HttpContextAccessor _requests = new();
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            CountIfInRequest();
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            CountIfInRequest();
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void CountIfInRequest()
        {
            if (_requests.HttpContext is not null)
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
