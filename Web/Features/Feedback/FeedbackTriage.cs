using System.Globalization;
using HalloBot.Domain.Feedback;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// The office's side: status changes with a public answer (the sender, voters and followers are mailed in the same
/// transaction), internal notes, and merging a duplicate into earlier feedback.
/// </summary>
public sealed class FeedbackTriage(
    HalloBotDbContext db,
    FeedbackPeople people,
    FeedbackFormValidator validator,
    FeedbackMails mails,
    PhotoUrls photoUrls,
    IStringLocalizer<SharedResource> t,
    TimeProvider time)
{
    public async Task<StaffFeedbackList> ListAsync(FeedbackStatus? status, CancellationToken cancellationToken)
    {
        var items = db.FeedbackItems.AsNoTracking().Where(f => f.MergedIntoId == null);
        var counts = await items.GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        if (status is { } chosen)
        {
            items = items.Where(f => f.Status == chosen);
        }

        var rows = await items
            .OrderBy(f => f.Status).ThenByDescending(f => f.CreatedAt)
            .Select(f => new StaffFeedbackRow(f.Id, f.Title, f.Kind, f.Area, f.Status, db.FeedbackVotes.Count(v => v.FeedbackId == f.Id), f.Listing.Name, f.CreatedAt))
            .ToListAsync(cancellationToken);
        var rejected = await db.OutgoingMails.AsNoTracking()
            .Where(m => m.Status == MailStatus.Rejected && m.Kind.StartsWith("feedback."))
            .Select(m => m.Recipient)
            .ToListAsync(cancellationToken);
        var addresses = rejected.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return new StaffFeedbackList(rows, counts.ToDictionary(c => c.Key, c => c.Count), status, rejected.Count, addresses);
    }

    public async Task<StaffFeedbackPage?> PageAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.FeedbackItems.AsNoTracking().Include(f => f.Listing).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var sender = await db.Users.AsNoTracking().Where(m => m.Id == item.SenderMemberId)
            .Select(m => new { m.DisplayName, m.Email }).SingleOrDefaultAsync(cancellationToken);
        var voters = await db.FeedbackVotes.AsNoTracking().Where(v => v.FeedbackId == id)
            .Join(db.Listings, v => v.ListingId, l => l.Id, (v, l) => l.Name)
            .ToListAsync(cancellationToken);
        var history = await db.FeedbackStatusChanges.AsNoTracking().Where(c => c.FeedbackId == id)
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var notes = await db.FeedbackNotes.AsNoTracking().Where(n => n.FeedbackId == id)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        var prefixes = history.Select(c => $"{FeedbackMails.StatusKind}:{c.Id}:").Append($"{FeedbackMails.ReceiptKind}:{id}:").ToList();
        var refused = await db.OutgoingMails.AsNoTracking()
            .Where(m => m.Status == MailStatus.Rejected && (m.Kind == FeedbackMails.StatusKind || m.Kind == FeedbackMails.ReceiptKind))
            .Select(m => new { m.DeduplicationKey, m.Recipient })
            .ToListAsync(cancellationToken);
        var rejected = refused.Where(m => prefixes.Any(p => m.DeduplicationKey.StartsWith(p, StringComparison.Ordinal)))
            .Select(m => m.Recipient).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new StaffFeedbackPage
        {
            Item = item,
            SenderName = sender?.DisplayName ?? "–",
            SenderEmail = sender?.Email ?? "–",
            Voters = [.. voters.Order(Shared.GermanCollation.Comparer)],
            Followers = await db.FeedbackFollowers.CountAsync(f => f.FeedbackId == id, cancellationToken),
            History = history,
            Notes = notes,
            NextStatuses = [.. Enum.GetValues<FeedbackStatus>().Where(item.CanMoveTo)],
            RejectedRecipients = rejected,
            Screenshot = item.ScreenshotKey is not null ? new ScreenshotView(
                FeedbackRoutes.Screenshot(item.Id, FeedbackRoutes.ScreenshotPage),
                FeedbackRoutes.Screenshot(item.Id, FeedbackRoutes.ScreenshotFull),
                photoUrls.SizeOf(ImageVariantSize.Page, item.ScreenshotWidth ?? 0, item.ScreenshotHeight ?? 0)) : null,
        };
    }

    /// <param name="seen">The status the form was shown with; when it differs from the stored one, someone else was faster.</param>
    public async Task<TriageResult> ChangeStatusAsync(int id, string? status, string? answer, string? seen, CurrentMember staff, string siteRoot, CancellationToken cancellationToken)
    {
        var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (item is null)
        {
            return TriageResult.NotFound;
        }

        if (!string.IsNullOrEmpty(seen) && seen != item.Status.ToString())
        {
            return StatusConflict();
        }

        var errors = new List<FieldError>();
        var target = Enum.TryParse<FeedbackStatus>(status, ignoreCase: false, out var parsed) && status is { Length: > 0 } && !char.IsAsciiDigit(status[0])
            ? parsed
            : (FeedbackStatus?)null;
        if (target is null || !item.CanMoveTo(target.Value))
        {
            errors.Add(new FieldError(FeedbackFields.Status, t["Feedback.Error.Status"]));
        }

        var text = validator.Text(answer, FeedbackFields.Answer, 1, FeedbackStatusChange.AnswerMaxLength, errors);
        if (errors.Count > 0)
        {
            return new TriageResult(TriageState.Invalid, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var change = item.ChangeStatus(target!.Value, text!, staff.Id, staff.DisplayName, time.GetUtcNow().UtcDateTime);
        db.FeedbackStatusChanges.Add(change);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Status is a concurrency token: another change was saved between our read and our write. Rolling back
            // drops this change and its mails; the page shows the status as it now is.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return StatusConflict();
        }

        var recipients = await people.StatusRecipientsAsync(item, cancellationToken);
        await mails.QueueStatusAsync(item, change, recipients, siteRoot, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TriageResult.Done;
    }

    private TriageResult StatusConflict() =>
        new(TriageState.Conflict, [new FieldError(FeedbackFields.Status, t["Feedback.Error.StatusConflict"])]);

    public async Task<TriageResult> AddNoteAsync(int id, string? note, CurrentMember staff, CancellationToken cancellationToken)
    {
        if (!await db.FeedbackItems.AnyAsync(f => f.Id == id, cancellationToken))
        {
            return TriageResult.NotFound;
        }

        var errors = new List<FieldError>();
        var text = validator.Text(note, FeedbackFields.Note, 1, FeedbackNote.TextMaxLength, errors);
        if (text is null)
        {
            return new TriageResult(TriageState.Invalid, errors);
        }

        db.FeedbackNotes.Add(new FeedbackNote(id, staff.Id, staff.DisplayName, text, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return TriageResult.Done;
    }

    /// <summary>Merges feedback <paramref name="id"/> into <paramref name="target"/>: votes, followers and comments move there.</summary>
    public async Task<TriageResult> MergeAsync(int id, string? target, CancellationToken cancellationToken)
    {
        var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (item is null)
        {
            return TriageResult.NotFound;
        }

        var targetId = int.TryParse(target?.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        var into = targetId is null ? null : await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == targetId, cancellationToken);
        if (into is null || !item.CanMergeInto(into))
        {
            var key = into is null ? "Feedback.Error.MergeTargetUnknown"
                : into.IsClosed && !into.IsMerged && into.Id != id ? "Feedback.Error.MergeTargetClosed"
                : "Feedback.Error.MergeTargetInvalid";
            return new TriageResult(TriageState.Invalid, [new FieldError(FeedbackFields.MergeTarget, t[key])]);
        }

        // All moves or none: a crash half-way would leave votes on both.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var ids = new[] { id, into.Id };
        var votes = await db.FeedbackVotes.Where(v => ids.Contains(v.FeedbackId)).ToListAsync(cancellationToken);
        var followers = await db.FeedbackFollowers.Where(f => ids.Contains(f.FeedbackId)).ToListAsync(cancellationToken);
        var comments = await db.FeedbackComments.Where(c => c.FeedbackId == id).ToListAsync(cancellationToken);
        var result = item.MergeInto(
            into,
            [.. votes.Where(v => v.FeedbackId == id)],
            [.. votes.Where(v => v.FeedbackId == into.Id)],
            [.. followers.Where(f => f.FeedbackId == id)],
            [.. followers.Where(f => f.FeedbackId == into.Id)],
            time.GetUtcNow().UtcDateTime);
        FeedbackComment.MoveAll(comments, into);
        db.FeedbackVotes.RemoveRange(result.DroppedVotes);
        db.FeedbackFollowers.RemoveRange(result.DroppedFollowers);
        db.FeedbackVotes.AddRange(result.AddedVotes);
        db.FeedbackFollowers.AddRange(result.AddedFollowers);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A business voted (or a member followed) meanwhile, so that a moved row now doubles one on the target
            // (unique index), or the status changed. Nothing is written; trying again works from the new state.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return new TriageResult(TriageState.Conflict, [new FieldError(FeedbackFields.MergeTarget, t["Feedback.Error.MergeConflict"])]);
        }

        await transaction.CommitAsync(cancellationToken);
        return new TriageResult(TriageState.Done, []) { TargetId = into.Id };
    }
}

public enum TriageState
{
    Done,
    NotFound,
    Invalid,

    /// <summary>Someone else changed the feedback meanwhile; nothing was written.</summary>
    Conflict,
}

public sealed record TriageResult(TriageState State, IReadOnlyList<FieldError> Errors)
{
    public static readonly TriageResult Done = new(TriageState.Done, []);
    public static readonly TriageResult NotFound = new(TriageState.NotFound, []);

    public int? TargetId { get; init; }
}

/// <param name="RejectedRecipients">The addresses the mail server refused feedback mails for, each once.</param>
public sealed record StaffFeedbackList(
    IReadOnlyList<StaffFeedbackRow> Rows, IReadOnlyDictionary<FeedbackStatus, int> Counts, FeedbackStatus? Status, int RejectedMails, IReadOnlyList<string> RejectedRecipients);

public sealed record StaffFeedbackRow(int Id, string Title, FeedbackKind Kind, FeedbackArea Area, FeedbackStatus Status, int Votes, string BusinessName, DateTime CreatedAt);

public sealed record StaffFeedbackPage
{
    public required FeedbackItem Item { get; init; }
    public required string SenderName { get; init; }
    public required string SenderEmail { get; init; }
    public required IReadOnlyList<string> Voters { get; init; }
    public required int Followers { get; init; }
    public required IReadOnlyList<FeedbackStatusChange> History { get; init; }
    public required IReadOnlyList<FeedbackNote> Notes { get; init; }
    public required IReadOnlyList<FeedbackStatus> NextStatuses { get; init; }

    /// <summary>Addresses that refused this feedback's mails (the status page lists all refused mail).</summary>
    public required IReadOnlyList<string> RejectedRecipients { get; init; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];
    public string? StatusValue { get; init; }
    public string? AnswerValue { get; init; }
    public string? NoteValue { get; init; }
    public string? MergeValue { get; init; }
    public string? Done { get; init; }
    public ScreenshotView? Screenshot { get; init; }
}
