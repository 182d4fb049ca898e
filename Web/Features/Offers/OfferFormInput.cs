namespace HalloBot.Web.Features.Offers;

/// <summary>The offer form as posted: every value as typed, checked by <see cref="OfferFormValidator"/>.</summary>
public sealed class OfferFormInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Price { get; set; }
    public string? Availability { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public bool IsReservable { get; set; }
    public string? HoldDays { get; set; }
}

/// <summary>The form's fields: input names (the bound property names) and the ids the error summary links to.</summary>
public static class OfferFormFields
{
    public const string Title = nameof(OfferFormInput.Title);
    public const string Description = nameof(OfferFormInput.Description);
    public const string Price = nameof(OfferFormInput.Price);
    public const string Availability = nameof(OfferFormInput.Availability);
    public const string ValidFrom = nameof(OfferFormInput.ValidFrom);
    public const string ValidTo = nameof(OfferFormInput.ValidTo);
    public const string IsReservable = nameof(OfferFormInput.IsReservable);
    public const string HoldDays = nameof(OfferFormInput.HoldDays);

    public static string InputId(string field) => field == Availability ? "angebot-Availability-Available" : $"angebot-{field}";

    public static string LabelKey(string field) => $"Offers.Field.{field}";
}
