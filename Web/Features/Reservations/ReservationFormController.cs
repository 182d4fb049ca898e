using System.Globalization;
using HalloBot.Domain.Reservations;
using HalloBot.Web.Features.Shared;
using HalloBot.Web.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HalloBot.Web.Features.Reservations;

/// <summary>The reservation form on an offer: no account, the address confirmed through a mail link.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ReservationFormController(ReservationFormService service, ReservationMessages messages) : Controller
{
    public const string SentPath = "/reservieren/gesendet";
    private const string FormView = "~/Features/Reservations/Form.cshtml";

    public static string PathFor(int offerId) => $"/reservieren/{offerId}";

    [HttpGet("/reservieren/{offerId:int}")]
    public async Task<IActionResult> Form(int offerId, CancellationToken cancellationToken)
    {
        var offer = await service.OfferAsync(offerId, cancellationToken);
        return offer is null ? NotFound() : View(FormView, new ReservationFormPage(offer, new ReservationFormInput(), []));
    }

    [HttpPost("/reservieren/{offerId:int}")]
    [EnableRateLimiting(RateLimitPolicies.Reservations)]
    public async Task<IActionResult> Submit(int offerId, [FromForm] ReservationFormInput input, CancellationToken cancellationToken)
    {
        var offer = await service.OfferAsync(offerId, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        // A robot gets the same answer as a person, so that it learns nothing from trying.
        if (input.IsFromRobot)
        {
            return Redirect(SentPath);
        }

        if (!offer.CanReserve)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(FormView, new ReservationFormPage(offer, input, []));
        }

        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "de";
        var result = await service.SubmitAsync(offer, input.ToForm(), culture, SiteUrl.Root(Request), cancellationToken);
        if (result.ReservationId is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(FormView, new ReservationFormPage(offer, input, messages.For(result.Errors, input.ToForm())));
        }

        return Redirect(SentPath);
    }

    [HttpGet(SentPath)]
    public IActionResult Sent() => View("~/Features/Reservations/Sent.cshtml");
}

/// <summary>What the form posts; everything as typed, checked by <see cref="ReservationFormValidator"/>.</summary>
public sealed class ReservationFormInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Quantity { get; set; } = "1";
    public string? PreferredPickupDate { get; set; }
    public string? Message { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by robots that fill in everything.</summary>
    public string? Website { get; set; }

    public bool IsFromRobot => !string.IsNullOrEmpty(Website);

    public ReservationForm ToForm() => new(Name, Email, Phone, Quantity, PreferredPickupDate, Message);
}

public sealed record ReservationFormPage(ReservableOffer Offer, ReservationFormInput Input, IReadOnlyList<Business.FieldError> Errors);
