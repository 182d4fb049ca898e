using HalloBot.Domain.Listings;
using HalloBot.Domain.Mail;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Admin.Status;

/// <summary>Reads the numbers of the staff status page straight from the database and the index.</summary>
public sealed class StatusReport(HalloBotDbContext db, ISearchIndex index, TimeProvider timeProvider, OpeningHoursCalendar calendar, ILogger<StatusReport> logger)
{
    /// <summary>Rows listed one by one; the counts above them cover all.</summary>
    public const int ListedRows = 50;

    private static readonly OutboxMessageKind[] IndexKinds =
        [OutboxMessageKind.IndexListing, OutboxMessageKind.IndexCategory, OutboxMessageKind.IndexDistrict];

    public async Task<StatusModel> ReadAsync(CancellationToken cancellationToken)
    {
        var outbox = db.OutboxMessages.AsNoTracking();
        var pending = await outbox.Where(m => m.ProcessedAt == null)
            .GroupBy(m => m.Kind)
            .Select(g => new PendingKind(g.Key, g.Count(), g.Min(m => m.CreatedAt)))
            .ToListAsync(cancellationToken);
        var failed = await outbox.Where(m => m.ProcessedAt == null && m.Attempts > 0)
            .OrderBy(m => m.Id)
            .Take(ListedRows)
            .Select(m => new FailedRow(m.Id, m.Kind, m.EntityId, m.Attempts, m.LastError, m.CreatedAt))
            .ToListAsync(cancellationToken);
        var lastProcessed = await outbox.MaxAsync(m => m.ProcessedAt, cancellationToken);
        var lastIndexed = await outbox.Where(m => IndexKinds.Contains(m.Kind)).MaxAsync(m => m.ProcessedAt, cancellationToken);
        var published = await db.Listings.CountAsync(l => l.Status == ListingStatus.Published, cancellationToken);
        var mails = db.OutgoingMails.AsNoTracking();
        var (documents, indexError) = await CountDocumentsAsync(cancellationToken);

        return new StatusModel
        {
            Now = timeProvider.GetUtcNow().UtcDateTime,
            TimeZone = calendar.TimeZone,
            Pending = pending.OrderBy(p => p.Kind).ToList(),
            Failed = failed,
            LastProcessedAt = lastProcessed,
            LastIndexedAt = lastIndexed,
            IndexDocuments = documents,
            IndexError = indexError,
            PublishedListings = published,
            PendingMails = await mails.CountAsync(m => m.Status == MailStatus.Pending, cancellationToken),
            RejectedMailCount = await mails.CountAsync(m => m.Status == MailStatus.Rejected, cancellationToken),
            RejectedMails = await mails.Where(m => m.Status == MailStatus.Rejected)
                .OrderByDescending(m => m.Id)
                .Take(ListedRows)
                .Select(m => new RejectedMail(m.Recipient, m.Subject, m.LastError, m.CreatedAt))
                .ToListAsync(cancellationToken),
        };
    }

    /// <summary>The page must show while the index is down: that is when staff look at it.</summary>
    private async Task<(long? Documents, string? Error)> CountDocumentsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await index.CountAsync(cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The search index did not answer the status page's count.");
            return (null, e.GetType().Name);
        }
    }
}
