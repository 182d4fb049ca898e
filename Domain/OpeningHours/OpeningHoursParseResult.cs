namespace HalloBot.Domain.OpeningHours;

public sealed record OpeningHoursParseResult(OpeningHoursSchedule? Schedule, OpeningHoursParseError? Error)
{
    public bool Success => Schedule is not null;
}

/// <summary>Where parsing stopped (0-based character position) and what was expected there.</summary>
public sealed record OpeningHoursParseError(int Position, string Message)
{
    public override string ToString() => $"Zeichen {Position + 1}: {Message}";
}

public sealed class OpeningHoursFormatException(OpeningHoursParseError error)
    : FormatException(error.ToString())
{
    public OpeningHoursParseError Error { get; } = error;
}
