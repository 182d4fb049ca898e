using Hangfire;
using Hangfire.Dashboard;
using HalloBot.Domain.Accounts;
using HalloBot.Web.Infrastructure.Authorization;

namespace HalloBot.Web.Features.Admin.Jobs;

/// <summary>Hangfire's dashboard at <c>/verwaltung/jobs</c>, for staff only.</summary>
internal static class JobsDashboard
{
    public const string Path = "/verwaltung/jobs";

    /// <summary>
    /// The staff policy on the endpoint sends the anonymous to the sign-in page and answers others 403, like every
    /// other admin page; the dashboard's own filter checks the role once more (its default allows local requests only).
    /// </summary>
    public static void MapHalloBotJobsDashboard(this WebApplication app)
    {
        var options = new DashboardOptions
        {
            Authorization = [new StaffDashboardAuthorizationFilter()],
            AppPath = "/verwaltung",
            DashboardTitle = "Hallo-Bot – Jobs",
            DisplayStorageConnectionString = false,
        };
        app.MapHangfireDashboard(Path, options, app.Services.GetRequiredService<JobStorage>())
            .RequireAuthorization(Policies.Staff);
    }
}

internal sealed class StaffDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(Roles.Admin);
}
