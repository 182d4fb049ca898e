using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Categories;

public sealed class Category
{
    public const int NameMaxLength = 80;

    private Category()
    {
    }

    public Category(string name)
    {
        Name = name.Trim();
        Slug = Listings.Slug.From(Name);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
}
