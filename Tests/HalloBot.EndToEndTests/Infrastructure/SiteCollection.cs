namespace HalloBot.EndToEndTests.Infrastructure;

/// <summary>The journeys and page checks that share one site (the collection has its own <see cref="SiteFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}

/// <summary>
/// The page-type sweeps (every page type at two widths, the security headers of each), on a second site of their own:
/// xunit runs two collections at once, so the sweeps and the journeys share the machine's two cores instead of
/// queueing behind each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PageTypesSiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "page types site";
}
