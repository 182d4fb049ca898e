namespace HalloBot.Domain.OpeningHours;

public enum OpenState
{
    Closed = 0,
    Open = 1,
    Unknown = 2,
}

/// <param name="State">The state at the instant asked for.</param>
/// <param name="Comment">The rule's comment, if the deciding rule has one.</param>
/// <param name="NextChange">The next instant the state changes, or null when it never does.</param>
public sealed record OpenStatus(OpenState State, string? Comment, DateTimeOffset? NextChange);
