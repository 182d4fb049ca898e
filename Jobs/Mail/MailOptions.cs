namespace HalloBot.Jobs.Mail;

public enum MailProvider
{
    /// <summary>Each mail becomes an <c>.eml</c> file in the pickup folder (the embedded default).</summary>
    Pickup,

    Smtp,
}

/// <summary>Settings under <c>HalloBot:Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "HalloBot:Mail";

    public MailProvider Provider { get; set; } = MailProvider.Pickup;

    /// <summary>The pickup folder; default <c>mail/pickup</c> in the data folder.</summary>
    public string? PickupDirectory { get; set; }

    public string FromAddress { get; set; } = "hallo-bot@bottrop.example";
    public string FromName { get; set; } = "Hallo-Bot Bottrop";

    /// <summary>Where mails to the office's staff go (new reviews, reported barriers, feedback).</summary>
    public string StaffAddress { get; set; } = "wirtschaftsfoerderung@bottrop.example";

    public SmtpOptions Smtp { get; set; } = new();

    public BounceOptions Bounces { get; set; } = new();
}

/// <summary>Settings under <c>HalloBot:Mail:Bounces</c>: reading delivery reports that arrive after a mail was sent.</summary>
public sealed class BounceOptions
{
    /// <summary>
    /// A Maildir (with <c>new</c>, <c>cur</c>, <c>tmp</c>) into which the mail system delivers the bounce mailbox, relative
    /// to the data folder; unset (the default), bounces are not read.
    /// </summary>
    public string? Maildir { get; set; }

    /// <summary>
    /// The envelope sender (MAIL FROM, later the Return-Path) of every mail sent by SMTP: where servers send their
    /// bounces. Unset, it is <see cref="MailOptions.FromAddress"/>.
    /// </summary>
    public string? Address { get; set; }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c>, or <c>None</c> (only for a server on the same machine).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? Username { get; set; }

    /// <summary>From the environment or a secret store, never the repository.</summary>
    public string? Password { get; set; }

    /// <summary>Seconds to wait for the server before the attempt counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}

public enum SmtpSecurity
{
    StartTls,
    SslOnConnect,
    None,
}
