using HalloBot.Domain.Mail;

namespace HalloBot.UnitTests.Mail;

public sealed class AddressMentionTests
{
    [Theory]
    [InlineData("Anfrage von anna@web.de zum Betrieb", true)]
    [InlineData("Anfrage von anna@web.de.", true)] // the sentence's full stop
    [InlineData("<a href=\"mailto:anna@web.de\">anna@web.de</a>", true)]
    [InlineData("Von: ANNA@WEB.DE", true)]
    [InlineData("(anna@web.de)", true)]
    [InlineData("Anfrage von joanna@web.de", false)]
    [InlineData("Anfrage von hanna.anna@web.de", false)]
    [InlineData("Anfrage von anna@web.de.example", false)]
    [InlineData("Anfrage von anna@web.detektei.example", false)]
    [InlineData("Anfrage von anna@web-de.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Names_AddressAsAWholeOnly(string? text, bool named)
    {
        Assert.Equal(named, AddressMention.Names(text, "anna@web.de"));
    }

    [Fact]
    public void Names_AddressWithRegexCharacters_IsTakenLiterally()
    {
        Assert.True(AddressMention.Names("an a+b@x.de", "a+b@x.de"));
        Assert.False(AddressMention.Names("an aab@x.de", "a+b@x.de"));
    }
}
