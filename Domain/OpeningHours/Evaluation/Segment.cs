namespace HalloBot.Domain.OpeningHours.Evaluation;

/// <summary>Which rule's span, started on which day, a piece of a timeline comes from.</summary>
internal readonly record struct SpanOrigin(DateOnly Day, int Rule, int Span)
{
    /// <summary>The closed rest of a day that no span covers.</summary>
    public static readonly SpanOrigin None = new(DateOnly.MinValue, -1, -1);
}

/// <summary>A piece of one local day, in minutes from its midnight, with one state.</summary>
internal readonly record struct Segment(int Start, int End, OpenState State, string? Comment, SpanOrigin Origin);
