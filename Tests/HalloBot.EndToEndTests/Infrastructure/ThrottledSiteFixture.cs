using HalloBot.Web.Infrastructure.RateLimiting;

namespace HalloBot.EndToEndTests.Infrastructure;

/// <summary>
/// The site with every rate limit at one request an hour, so that a test reaches each 429 page with a second request
/// without using up the limits the other tests share (they all come from 127.0.0.1).
/// </summary>
public sealed class ThrottledSiteFixture : SiteFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = RateLimitPolicies.All
        .SelectMany(policy => new[]
        {
            KeyValuePair.Create($"{RateLimitOptions.Section}:{policy}:PermitLimit", "1"),
            KeyValuePair.Create($"{RateLimitOptions.Section}:{policy}:WindowSeconds", "3600"),
        })
        .Append(KeyValuePair.Create("HalloBot:Accessibility:ReportsPerHour", "1"))
        .ToDictionary();
}

[CollectionDefinition(Name)]
public sealed class ThrottledSiteCollection : ICollectionFixture<ThrottledSiteFixture>
{
    public const string Name = "throttled site";
}
