using HalloBot.Domain.Reservations;
using HalloBot.Web.Features.Business;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Reservations;

/// <summary>The form's problems as sentences in the visitor's language, German first.</summary>
public sealed class ReservationMessages(IStringLocalizer<SharedResource> t)
{
    public IReadOnlyList<FieldError> For(IReadOnlyList<ReservationFieldError> errors, ReservationForm form) =>
        [.. errors.Select(e => new FieldError(e.Field, Message(e, form)))];

    private string Message(ReservationFieldError error, ReservationForm form) => error.Problem switch
    {
        ReservationFieldProblem.TooLong => t["Reservations.Error.TooLong", error.Limit!, LengthOf(error.Field, form)].Value,
        ReservationFieldProblem.DateAfterOfferEnds => t["Reservations.Error.DateAfterOfferEnds",
            ReservationText.Date(t, DateOnly.ParseExact(error.Limit!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))].Value,
        ReservationFieldProblem.Required => t[$"Reservations.Error.Required.{error.Field}"].Value,
        _ => t[$"Reservations.Error.{error.Problem}", error.Limit ?? ""].Value,
    };

    private static int LengthOf(string field, ReservationForm form) => (field switch
    {
        ReservationFields.Name => form.Name,
        ReservationFields.Email => form.Email,
        ReservationFields.Phone => form.Phone,
        ReservationFields.Message => form.Message,
        _ => null,
    } ?? "").Trim().ReplaceLineEndings("\n").Length;
}
