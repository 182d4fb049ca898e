using HalloBot.Domain.Feedback;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Photos;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Feedback;

/// <summary>The public roadmap and the page of one piece of feedback, with what the viewer may do there.</summary>
public sealed class FeedbackPages(HalloBotDbContext db, FeedbackPeople people, PhotoUrls photoUrls)
{
    /// <summary>The roadmap's sections in reading order: what is coming first, what was decided last.</summary>
    public static readonly FeedbackStatus[] RoadmapOrder =
        [FeedbackStatus.Planned, FeedbackStatus.UnderReview, FeedbackStatus.New, FeedbackStatus.Done, FeedbackStatus.Declined];

    public async Task<FeedbackRoadmap> RoadmapAsync(FeedbackArea? area, CancellationToken cancellationToken)
    {
        var query = db.FeedbackItems.AsNoTracking().Where(f => f.MergedIntoId == null);
        if (area is { } chosen)
        {
            query = query.Where(f => f.Area == chosen);
        }

        var items = await query
            .Select(f => new RoadmapItem(
                f.Id, f.Title, f.Kind, f.Area, f.Status,
                db.FeedbackVotes.Count(v => v.FeedbackId == f.Id),
                f.ShowBusiness ? f.Listing.Name : null,
                f.PublicAnswer,
                f.CreatedAt))
            .ToListAsync(cancellationToken);
        var sections = RoadmapOrder
            .Select(status => new RoadmapSection(status, [.. items.Where(i => i.Status == status).OrderByDescending(i => i.Votes).ThenByDescending(i => i.CreatedAt)]))
            .ToList();
        return new FeedbackRoadmap(sections, area);
    }

    /// <summary>Null when there is no such feedback; a page that only says where a merged one went otherwise.</summary>
    public async Task<FeedbackDetailPage?> DetailAsync(int id, CurrentMember? viewer, CancellationToken cancellationToken)
    {
        var item = await db.FeedbackItems.AsNoTracking().Include(f => f.Listing).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        if (item.MergedIntoId is { } target)
        {
            return new FeedbackDetailPage { Item = item, MergedInto = target };
        }

        var votes = await db.FeedbackVotes.AsNoTracking().Where(v => v.FeedbackId == id).Select(v => v.ListingId).ToListAsync(cancellationToken);
        var history = await db.FeedbackStatusChanges.AsNoTracking().Where(c => c.FeedbackId == id)
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .Select(c => new PublicStatusChange(c.To, c.Answer, c.ChangedAt))
            .ToListAsync(cancellationToken);
        var comments = await db.FeedbackComments.AsNoTracking().Where(c => c.FeedbackId == id)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Join(db.Listings, c => c.ListingId, l => l.Id, (c, l) => new PublicComment(c.HideBusiness ? null : l.Name, c.Text, c.CreatedAt))
            .ToListAsync(cancellationToken);

        var page = new FeedbackDetailPage
        {
            Item = item,
            BusinessName = item.ShowBusiness ? item.Listing.Name : null,
            Votes = votes.Count,
            History = history,
            Comments = comments,
        };
        if (viewer is null)
        {
            return page;
        }

        var businesses = await people.BusinessesAsync(viewer.Id, cancellationToken);
        var ownBusiness = businesses.Any(b => b.ListingId == item.ListingId);
        var showScreenshot = item.ScreenshotKey is not null && (viewer.IsStaff || ownBusiness);
        return page with
        {
            Viewer = viewer,
            Businesses = businesses,
            VoteChoices = [.. businesses.Where(b => item.AcceptsVoteFrom(b.ListingId) && !votes.Contains(b.ListingId))],
            VotedFor = [.. businesses.Where(b => votes.Contains(b.ListingId))],
            IsOwnBusiness = ownBusiness,
            IsFollowing = await db.FeedbackFollowers.AnyAsync(f => f.FeedbackId == id && f.MemberId == viewer.Id, cancellationToken),
            Screenshot = showScreenshot ? new ScreenshotView(
                FeedbackRoutes.Screenshot(item.Id, FeedbackRoutes.ScreenshotPage),
                FeedbackRoutes.Screenshot(item.Id, FeedbackRoutes.ScreenshotFull),
                photoUrls.SizeOf(ImageVariantSize.Page, item.ScreenshotWidth ?? 0, item.ScreenshotHeight ?? 0)) : null,
        };
    }
}

public sealed record FeedbackRoadmap(IReadOnlyList<RoadmapSection> Sections, FeedbackArea? Area);

public sealed record RoadmapSection(FeedbackStatus Status, IReadOnlyList<RoadmapItem> Items);

public sealed record RoadmapItem(int Id, string Title, FeedbackKind Kind, FeedbackArea Area, FeedbackStatus Status, int Votes, string? BusinessName, string? Answer, DateTime CreatedAt);

public sealed record PublicStatusChange(FeedbackStatus Status, string Answer, DateTime ChangedAt);

/// <param name="BusinessName">Null when the sender's business may not be named: the page says "the sender".</param>
public sealed record PublicComment(string? BusinessName, string Text, DateTime CreatedAt);

public sealed record ScreenshotView(string PageUrl, string FullUrl, (int Width, int Height) Size);

public sealed record FeedbackDetailPage
{
    public required FeedbackItem Item { get; init; }
    public int? MergedInto { get; init; }
    public string? BusinessName { get; init; }
    public int Votes { get; init; }
    public IReadOnlyList<PublicStatusChange> History { get; init; } = [];
    public IReadOnlyList<PublicComment> Comments { get; init; } = [];
    public CurrentMember? Viewer { get; init; }
    public IReadOnlyList<BusinessChoice> Businesses { get; init; } = [];
    public IReadOnlyList<BusinessChoice> VoteChoices { get; init; } = [];
    public IReadOnlyList<BusinessChoice> VotedFor { get; init; } = [];
    public bool IsOwnBusiness { get; init; }
    public bool IsFollowing { get; init; }
    public ScreenshotView? Screenshot { get; init; }

    /// <summary>Errors of the vote or comment form just sent, and what was typed.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public string? CommentText { get; init; }
    public string? CommentListingId { get; init; }

    /// <summary>What was just done (<c>?erledigt=…</c>), for the notice at the top.</summary>
    public string? Done { get; init; }
}
