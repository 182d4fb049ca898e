namespace HalloBot.Domain.Districts;

/// <summary>A Stadtteil of the city.</summary>
public sealed class District
{
    public const int NameMaxLength = 80;

    private District()
    {
    }

    public District(string name)
    {
        Name = name.Trim();
        Slug = Listings.Slug.From(Name);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
}
