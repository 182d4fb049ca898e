namespace HalloBot.Web.Infrastructure.Health;

public enum MailProvider
{
    Pickup,
    Smtp,
}

/// <summary>
/// The part of <c>HalloBot:Mail</c> the mail health check needs: where mail goes. The mail sender owns these settings
/// and validates them; the check only reports whether the way out is open.
/// </summary>
public sealed class MailProbeOptions
{
    public const string Section = "HalloBot:Mail";

    /// <summary>Below the data folder unless <see cref="PickupDirectory"/> says otherwise.</summary>
    public const string DefaultPickupDirectory = "mail";

    public MailProvider Provider { get; set; } = MailProvider.Pickup;

    /// <summary>The pickup folder; relative paths are taken from the data folder.</summary>
    public string PickupDirectory { get; set; } = DefaultPickupDirectory;

    public SmtpProbeOptions Smtp { get; set; } = new();
}

public sealed class SmtpProbeOptions
{
    public string? Host { get; set; }

    /// <summary>587 (submission with STARTTLS) unless given; 465 means TLS from the first byte.</summary>
    public int Port { get; set; } = 587;
}
