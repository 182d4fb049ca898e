using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// Categories or districts by name, ignoring case, and by slug: "Cafe" finds "Café", whose slug it
/// would otherwise collide with. Names not known yet are created once and shared by every row.
/// </summary>
internal sealed class NameRegistry<T>(Func<T, string> name, Func<T, string> slug, Func<string, T> create)
    where T : class
{
    private readonly Dictionary<string, T> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, T> _bySlug = new(StringComparer.Ordinal);

    public List<T> Created { get; } = [];

    public IEnumerable<T> All => _byName.Values.Distinct();

    public void AddExisting(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            _byName.TryAdd(name(item), item);
            _bySlug.TryAdd(slug(item), item);
        }
    }

    public T Resolve(string itemName)
    {
        if (_byName.TryGetValue(itemName, out var known))
        {
            return known;
        }

        if (!_bySlug.TryGetValue(Slug.From(itemName), out var item))
        {
            item = create(itemName);
            Created.Add(item);
            _bySlug.Add(slug(item), item);
        }

        _byName.Add(itemName, item);
        return item;
    }
}
