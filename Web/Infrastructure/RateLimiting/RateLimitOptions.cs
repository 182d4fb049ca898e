using System.ComponentModel.DataAnnotations;

namespace HalloBot.Web.Infrastructure.RateLimiting;

/// <summary>Settings under <c>HalloBot:RateLimits</c>: one fixed window per policy, e.g. <c>HalloBot:RateLimits:SignIn:PermitLimit</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "HalloBot:RateLimits";

    // An office or a school behind one address signs in many people: the per-account lockout does the fine work.
    public RateLimit SignIn { get; set; } = new() { PermitLimit = 20, WindowSeconds = 300 };

    public RateLimit Registration { get; set; } = new() { PermitLimit = 10, WindowSeconds = 3600 };

    public RateLimit PasswordReset { get; set; } = new() { PermitLimit = 10, WindowSeconds = 900 };

    public RateLimit Uploads { get; set; } = new() { PermitLimit = 60, WindowSeconds = 600 };

    public RateLimit PublicForms { get; set; } = new() { PermitLimit = 20, WindowSeconds = 600 };

    // A family reserving for the weekend sends a handful; this bounds unconfirmed reservations (and mails to
    // addresses nobody confirmed) that one client can start, mistyped attempts included.
    public RateLimit Reservations { get; set; } = new() { PermitLimit = 10, WindowSeconds = 3600 };

    // A harvester fetches the files once a day and a person a few times; thirty in ten minutes leaves room for both.
    public RateLimit OpenData { get; set; } = new() { PermitLimit = 30, WindowSeconds = 600 };

    public RateLimit For(string policy) => policy switch
    {
        RateLimitPolicies.SignIn => SignIn,
        RateLimitPolicies.Registration => Registration,
        RateLimitPolicies.PasswordReset => PasswordReset,
        RateLimitPolicies.Uploads => Uploads,
        RateLimitPolicies.PublicForms => PublicForms,
        RateLimitPolicies.Reservations => Reservations,
        RateLimitPolicies.OpenData => OpenData,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown rate-limit policy."),
    };
}

public sealed class RateLimit
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; }

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
