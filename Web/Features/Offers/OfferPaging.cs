using System.Globalization;

namespace HalloBot.Web.Features.Offers;

/// <summary>Where a paged list of offers stands; the pager links to <c>?seite=N</c>, so paging works without script.</summary>
/// <param name="Path">The page's own path, without query.</param>
public sealed record OfferPaging(string Path, int PageNumber, int PageCount, int Total, int PageSize)
{
    /// <summary>A requested page beyond either end shows the nearest page instead of an empty one.</summary>
    public static OfferPaging Of(string path, int? requested, int total, int pageSize)
    {
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new OfferPaging(path, Math.Clamp(requested ?? 1, 1, pageCount), pageCount, total, pageSize);
    }

    public int Skip => (PageNumber - 1) * PageSize;

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < PageCount;

    public string Href(int pageNumber) =>
        pageNumber <= 1 ? Path : string.Create(CultureInfo.InvariantCulture, $"{Path}?seite={pageNumber}");
}
