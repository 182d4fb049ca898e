using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Exchange;

/// <summary>Every slug in use, by listings or by redirects, and which listing holds it.</summary>
internal sealed class SlugRegistry
{
    private const int NewListing = 0;

    private readonly Dictionary<string, int> _owners = new(StringComparer.Ordinal);

    public void Add(string slug, int listingId) => _owners.TryAdd(slug, listingId);

    /// <summary>
    /// The first of <see cref="Slug.Candidates"/> that no other listing holds, as slug or redirect.
    /// A listing may take back one of its own former slugs (<see cref="Listing.Rename"/> drops that redirect).
    /// </summary>
    public string Claim(string name, string? district, int listingId = NewListing)
    {
        foreach (var candidate in Slug.Candidates(name, district))
        {
            if (!_owners.TryGetValue(candidate, out var owner) || (owner == listingId && listingId != NewListing))
            {
                _owners[candidate] = listingId;
                return candidate;
            }
        }

        throw new InvalidOperationException("Slug.Candidates never ends.");
    }
}
