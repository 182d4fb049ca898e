namespace HalloBot.Domain.Reservations;

/// <summary>The reservation form as typed, every field a string so that nothing is lost before it is checked.</summary>
public sealed record ReservationForm(
    string? Name,
    string? Email,
    string? Phone,
    string? Quantity,
    string? PreferredPickupDate,
    string? Message);

/// <summary>The form's inputs, by the names they carry in the page.</summary>
public static class ReservationFields
{
    public const string Name = "Name";
    public const string Email = "Email";
    public const string Phone = "Phone";
    public const string Quantity = "Quantity";
    public const string PreferredPickupDate = "PreferredPickupDate";
    public const string Message = "Message";

    public static IReadOnlyList<string> All { get; } = [Name, Email, Phone, Quantity, PreferredPickupDate, Message];
}

public enum ReservationFieldProblem
{
    Required,
    TooLong,
    MarkupCharacters,
    ControlCharacters,
    NotAnEmailAddress,
    NotAPhoneNumber,
    NotAWholeNumber,
    QuantityOutOfRange,
    NotADate,
    DateInThePast,
    DateTooFarAhead,
    DateAfterOfferEnds,

    /// <summary>The address has <see cref="ReservationRules.MaxOpenPerEmail"/> open reservations already.</summary>
    TooManyOpen,

    /// <summary>The address started <see cref="ReservationRules.MaxNewPerEmailPerHour"/> reservations within the hour.</summary>
    TooManyRecent,
}

/// <summary>What is wrong with one field; <see cref="Limit"/> carries the number the message names (a length, a maximum, a date).</summary>
public sealed record ReservationFieldError(string Field, ReservationFieldProblem Problem, string? Limit = null);
