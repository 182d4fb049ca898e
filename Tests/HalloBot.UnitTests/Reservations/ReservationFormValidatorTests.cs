using HalloBot.Domain.Reservations;

namespace HalloBot.UnitTests.Reservations;

public sealed class ReservationFormValidatorTests
{
    private static readonly DateOnly Today = new(2026, 5, 4);

    private static readonly ReservationForm Valid = new("Erika Muster", "erika@example.org", "0201 12345", "2", "2026-05-06", "Bitte einpacken");

    [Fact]
    public void Validate_ValidForm_GivesTheRequest()
    {
        var (request, errors) = ReservationFormValidator.Validate(Valid, Today, null, "de");

        Assert.Empty(errors);
        Assert.Equal(new ReservationRequest("Erika Muster", "erika@example.org", "0201 12345", 2, new DateOnly(2026, 5, 6), "Bitte einpacken", "de"), request);
    }

    [Fact]
    public void Validate_GermanDate_IsRead() =>
        Assert.Equal(new DateOnly(2026, 5, 6), ReservationFormValidator.Validate(Valid with { PreferredPickupDate = "6.5.2026" }, Today, null, "de").Request?.PreferredPickupDate);

    public static TheoryData<ReservationForm, string, ReservationFieldProblem> InvalidForms => new()
    {
        { Valid with { Name = "" }, ReservationFields.Name, ReservationFieldProblem.Required },
        { Valid with { Name = "<script>alert(1)</script>" }, ReservationFields.Name, ReservationFieldProblem.MarkupCharacters },
        { Valid with { Name = new string('x', 101) }, ReservationFields.Name, ReservationFieldProblem.TooLong },
        { Valid with { Email = "erika@" }, ReservationFields.Email, ReservationFieldProblem.NotAnEmailAddress },
        { Valid with { Email = "erika example.org" }, ReservationFields.Email, ReservationFieldProblem.NotAnEmailAddress },
        { Valid with { Email = "erika@example.org\r\nBcc: x@example.org" }, ReservationFields.Email, ReservationFieldProblem.NotAnEmailAddress },
        { Valid with { Phone = "ruf mich an" }, ReservationFields.Phone, ReservationFieldProblem.NotAPhoneNumber },
        { Valid with { Quantity = "0" }, ReservationFields.Quantity, ReservationFieldProblem.QuantityOutOfRange },
        { Valid with { Quantity = "100" }, ReservationFields.Quantity, ReservationFieldProblem.QuantityOutOfRange },
        { Valid with { Quantity = "-1" }, ReservationFields.Quantity, ReservationFieldProblem.NotAWholeNumber },
        { Valid with { Quantity = "1,5" }, ReservationFields.Quantity, ReservationFieldProblem.NotAWholeNumber },
        { Valid with { PreferredPickupDate = "2026-05-03" }, ReservationFields.PreferredPickupDate, ReservationFieldProblem.DateInThePast },
        { Valid with { PreferredPickupDate = "2026-07-04" }, ReservationFields.PreferredPickupDate, ReservationFieldProblem.DateTooFarAhead },
        { Valid with { PreferredPickupDate = "morgen" }, ReservationFields.PreferredPickupDate, ReservationFieldProblem.NotADate },
        { Valid with { PreferredPickupDate = "2026-02-30" }, ReservationFields.PreferredPickupDate, ReservationFieldProblem.NotADate },
        { Valid with { Message = new string('a', 10_000) }, ReservationFields.Message, ReservationFieldProblem.TooLong },
        { Valid with { Message = "a\u0000b" }, ReservationFields.Message, ReservationFieldProblem.ControlCharacters },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public void Validate_InvalidField_NamesTheFieldAndGivesNoRequest(ReservationForm form, string field, ReservationFieldProblem problem)
    {
        var (request, errors) = ReservationFormValidator.Validate(form, Today, null, "de");

        Assert.Null(request);
        var error = Assert.Single(errors);
        Assert.Equal((field, problem), (error.Field, error.Problem));
    }

    [Fact]
    public void Validate_DateAfterTheOfferEnds_IsRefused()
    {
        var (_, errors) = ReservationFormValidator.Validate(Valid, Today, new DateOnly(2026, 5, 5), "de");

        Assert.Equal(ReservationFieldProblem.DateAfterOfferEnds, Assert.Single(errors).Problem);
    }

    [Fact]
    public void Validate_MessageWithLineBreaks_IsKept() =>
        Assert.Equal("Zeile 1\nZeile 2", ReservationFormValidator.Validate(Valid with { Message = "Zeile 1\r\nZeile 2" }, Today, null, "de").Request?.Message);
}
