using HalloBot.Domain.Listings;

namespace HalloBot.UnitTests.Listings;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Bäckerei Müller", "baeckerei-mueller")]
    [InlineData("Straßen-Café „Zum Grünen Baum“", "strassen-cafe-zum-gruenen-baum")]
    [InlineData("  Öl & Essig  ", "oel-essig")]
    [InlineData("Kiosk 24/7", "kiosk-24-7")]
    [InlineData("Şahin Döner", "sahin-doener")]
    [InlineData("!!!", "eintrag")]
    public void From_GermanNames_GivesReadableAsciiSlug(string name, string expected) =>
        Assert.Equal(expected, Slug.From(name));

    [Fact]
    public void From_VeryLongName_IsCutWithoutTrailingDash()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("Fahrradreparatur", 10)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.True(Slug.IsWellFormed(slug));
    }

    [Fact]
    public void Candidates_NameTaken_OffersDistrictThenNumbers()
    {
        var candidates = Slug.Candidates("Bäckerei Müller", "Kirchhellen").Take(4).ToList();
        Assert.Equal(["baeckerei-mueller", "baeckerei-mueller-kirchhellen", "baeckerei-mueller-kirchhellen-2", "baeckerei-mueller-kirchhellen-3"], candidates);
    }

    [Fact]
    public void Candidates_NoDistrict_NumbersTheName()
    {
        var candidates = Slug.Candidates("Optik Graf", null).Take(2).ToList();
        Assert.Equal(["optik-graf", "optik-graf-2"], candidates);
    }

    [Theory]
    [InlineData("baeckerei-mueller", true)]
    [InlineData("Baeckerei", false)]
    [InlineData("-x", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    public void IsWellFormed_Varied_RecognisesSlugs(string slug, bool expected) =>
        Assert.Equal(expected, Slug.IsWellFormed(slug));
}
