namespace HalloBot.Domain.Mail;

/// <summary>A recipient unsubscribed from one kind of mail (one click in any mail of that kind).</summary>
public sealed class MailOptOut
{
    private MailOptOut()
    {
    }

    public MailOptOut(string email, string kind, DateTime createdAt)
    {
        Email = email;
        Kind = kind;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    /// <summary>Stored lower-case.</summary>
    public string Email { get; private set; } = "";

    public string Kind { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}
