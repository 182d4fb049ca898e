using HalloBot.Web.Features.Listings;

namespace HalloBot.Web.Features.Shared;

/// <summary>A page that lists the published listings of a category or a district.</summary>
/// <param name="Kind">"Kategorie" or "Stadtteil" in the reader's language, shown above the heading.</param>
/// <param name="Path">The page's own path; the pager adds <c>?seite=N</c>.</param>
public sealed record DirectoryPageModel(string Kind, string Heading, string Path, ListingPage Listings);
