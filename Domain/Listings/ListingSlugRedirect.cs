namespace HalloBot.Domain.Listings;

/// <summary>A slug a listing had before a rename; requests for it are redirected permanently.</summary>
public sealed class ListingSlugRedirect
{
    private ListingSlugRedirect()
    {
    }

    internal ListingSlugRedirect(string slug) => Slug = slug;

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public int ListingId { get; private set; }
}
