using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Jobs.Retention;

/// <summary>
/// Blanks the free text of claim and new-listing requests <see cref="RetentionOptions.DecidedRequestDays"/> after they
/// were decided: the applicant's justification (often who they are and how they run the business) and the office's
/// reason. Kind, listing, outcome and dates stay as the record of the decision. A pending request is never touched.
/// </summary>
public sealed class RequestTextRetentionJob(HalloBotDbContext db, IOptions<RetentionOptions> options, TimeProvider time)
{
    public const string Id = "retention-requests";

    /// <returns>The number of requests blanked.</returns>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.DecidedRequestDays);
        return db.ListingRequests
            .Where(r => r.Status != ListingRequestStatus.Pending && r.DecidedAt < cutoff && (r.Justification != "" || r.DecisionReason != null))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Justification, "").SetProperty(r => r.DecisionReason, (string?)null), cancellationToken);
    }
}
