namespace HalloBot.Domain.Listings;

public sealed record PostalAddress(string Street, string PostalCode, string City)
{
    public const int StreetMaxLength = 120;
    public const int CityMaxLength = 80;

    public override string ToString() => $"{Street}, {PostalCode} {City}";
}
