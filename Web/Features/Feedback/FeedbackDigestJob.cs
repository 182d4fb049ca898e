using System.Globalization;
using HalloBot.Domain.Feedback;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// Weekly (recurring, see JobsExtensions): tells the office what feedback is still open. Keyed by ISO week, so a
/// retried or repeated run in the same week queues nothing more; a week with nothing open sends nothing.
/// </summary>
public sealed class FeedbackDigestJob(HalloBotDbContext db, FeedbackMails mails, IOptions<AccountOptions> site, TimeProvider time)
{
    public const string RecurringId = "feedback-digest";

    private static readonly FeedbackStatus[] Open = [FeedbackStatus.New, FeedbackStatus.UnderReview, FeedbackStatus.Planned];

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var open = await db.FeedbackItems.AsNoTracking()
            .Where(f => f.MergedIntoId == null && Open.Contains(f.Status))
            .OrderBy(f => f.Status).ThenBy(f => f.CreatedAt)
            .Select(f => new FeedbackDigestLine(f.Id, f.Title, f.Status, db.FeedbackVotes.Count(v => v.FeedbackId == f.Id), f.CreatedAt))
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return;
        }

        var weekAgo = now.AddDays(-7);
        var fresh = open.Count(f => f.CreatedAt > weekAgo);
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(now)}-W{ISOWeek.GetWeekOfYear(now):00}");
        var root = (site.Value.PublicBaseUrl ?? AccountOptions.DevelopmentBaseUrl).TrimEnd('/');
        await mails.QueueDigestAsync(week, open, fresh, root, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
