using HalloBot.EndToEndTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.EndToEndTests.Accessibility;

/// <summary>
/// No page can escape the sweeps: every GET endpoint the site maps is reached by an address of <see cref="PageTypes"/>,
/// by a flow test, or is exempted there with a reason. Runs without a browser, on the sweeps' site.
/// </summary>
[Collection(PageTypesSiteCollection.Name)]
public sealed class PageTypeCatalogTests(SiteFixture site)
{
    [Fact]
    public async Task GetEndpoints_EveryOne_IsSweptOrExemptedWithAReason()
    {
        var data = await SeededPages.OnceAsync(site);
        var routes = GetRoutes();
        var swept = PageTypes.All
            .Select(p => data.Fill(p.Path).Split('?')[0])
            .Select(path => (Path: path, Route: MostSpecificRoute(routes, path)))
            .ToList();

        Assert.True(swept.All(s => s.Route is not null),
            "Swept addresses no GET route answers: " + string.Join(", ", swept.Where(s => s.Route is null).Select(s => s.Path)));
        var covered = swept.Select(s => s.Route!.Text)
            .Concat(PageTypes.ReachedByFlow.Select(f => f.Route))
            .Concat(PageTypes.Exempt.Select(e => e.Route))
            .ToHashSet(StringComparer.Ordinal);
        var escaped = routes.Select(r => r.Text).Where(r => !covered.Contains(r)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(escaped.Count == 0,
            "GET routes in no sweep: add a page type to PageTypes (or exempt it there, with a reason): " + string.Join(", ", escaped));
    }

    [Fact]
    public void GetEndpoints_ExemptionsAndFlows_NameRoutesThatExist()
    {
        var routes = GetRoutes().Select(r => r.Text).ToHashSet(StringComparer.Ordinal);

        var stale = PageTypes.Exempt.Select(e => e.Route).Concat(PageTypes.ReachedByFlow.Select(f => f.Route)).Where(r => !routes.Contains(r)).ToList();

        Assert.True(stale.Count == 0, "PageTypes names routes the site no longer has: " + string.Join(", ", stale));
        Assert.All(PageTypes.Exempt, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
    }

    /// <summary>The site's GET routes (and those without a method restriction), as the router has them.</summary>
    private List<Route> GetRoutes()
    {
        var constraints = site.Services.GetRequiredService<IInlineConstraintResolver>();
        return site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
                        || methods.HttpMethods.Count == 0
                        || methods.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => new Route(e, constraints))
            .ToList();
    }

    /// <summary>The route the router would choose for <paramref name="path"/>: lowest order, then the most specific template.</summary>
    private static Route? MostSpecificRoute(IEnumerable<Route> routes, string path) =>
        routes.Where(r => r.Matches(path))
            .OrderBy(r => r.Endpoint.Order)
            .ThenBy(r => RoutePrecedence.ComputeInbound(r.Template))
            .FirstOrDefault();

    private sealed class Route
    {
        private readonly TemplateMatcher _matcher;
        private readonly IInlineConstraintResolver _constraints;

        public Route(RouteEndpoint endpoint, IInlineConstraintResolver constraints)
        {
            Endpoint = endpoint;
            Template = new RouteTemplate(endpoint.RoutePattern);
            _matcher = new TemplateMatcher(Template, new RouteValueDictionary(endpoint.RoutePattern.Defaults));
            _constraints = constraints;
            Text = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        }

        public RouteEndpoint Endpoint { get; }

        public RouteTemplate Template { get; }

        /// <summary>The pattern as written, with a leading slash: <c>/b/{slug}/angebote/{offerId:int}</c>.</summary>
        public string Text { get; }

        public bool Matches(string path)
        {
            var values = new RouteValueDictionary();
            if (!_matcher.TryMatch(path, values))
            {
                return false;
            }

            foreach (var (name, policies) in Endpoint.RoutePattern.ParameterPolicies)
            {
                foreach (var policy in policies)
                {
                    var constraint = policy.ParameterPolicy as IRouteConstraint
                        ?? (policy.Content is { } content ? _constraints.ResolveConstraint(content) : null);
                    if (constraint is not null && !constraint.Match(null, null, name, values, RouteDirection.IncomingRequest))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
