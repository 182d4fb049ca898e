using MimeKit;

namespace HalloBot.Jobs.Mail.Bounces;

/// <summary>
/// A delivery status notification (RFC 3464: <c>multipart/report; report-type=delivery-status</c>) as far as the bounce
/// job needs it: the Message-Id of the mail it reports on, taken from the returned headers or message, and what it says
/// about each recipient.
/// </summary>
public sealed record DeliveryReport(string? OriginalMessageId, IReadOnlyList<RecipientReport> Recipients)
{
    /// <returns>Null when the message is no delivery status notification (an auto-reply, spam, a broken report).</returns>
    public static DeliveryReport? Read(MimeMessage message)
    {
        var report = FindReport(message.Body);
        var status = report?.OfType<MessageDeliveryStatus>().FirstOrDefault();
        if (report is null || status is null)
        {
            return null;
        }

        // The first group holds the fields about the whole message; each one after it is about one recipient.
        var recipients = status.StatusGroups.Skip(1)
            .Select(RecipientReport.Read)
            .OfType<RecipientReport>()
            .ToList();
        var original = report.OfType<MessagePart>().Select(p => p.Message?.MessageId).FirstOrDefault(id => id is not null);
        return recipients.Count == 0 ? null : new DeliveryReport(original, recipients);
    }

    private static MultipartReport? FindReport(MimeEntity? entity) => entity switch
    {
        MultipartReport report when string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase) => report,
        Multipart multipart => multipart.Select(FindReport).FirstOrDefault(r => r is not null),
        _ => null,
    };
}

/// <param name="Address">The recipient (Final-Recipient, or Original-Recipient without one), without its address type.</param>
/// <param name="Status">The enhanced status code (RFC 3463), e.g. <c>5.1.1</c>.</param>
/// <param name="Diagnostic">The remote server's answer, when the report gives one (it may quote the address).</param>
public sealed record RecipientReport(string Address, string Action, string Status, string? Diagnostic)
{
    /// <summary>Failed for good: <c>Action: failed</c> with a 5.x.x status. A 4.x.x (<c>delayed</c>) is still being tried.</summary>
    public bool IsPermanentFailure =>
        string.Equals(Action, "failed", StringComparison.OrdinalIgnoreCase) && Status.StartsWith("5.", StringComparison.Ordinal);

    internal static RecipientReport? Read(HeaderList fields)
    {
        var address = AddressOf(fields["Final-Recipient"]) ?? AddressOf(fields["Original-Recipient"]);
        var action = fields["Action"]?.Trim();
        var status = fields["Status"]?.Trim();
        if (address is null || string.IsNullOrEmpty(action) || string.IsNullOrEmpty(status))
        {
            return null;
        }

        // A status may carry a comment ("5.1.1 (bad destination mailbox)"): the code is its first word.
        status = status.Split(' ', 2)[0];
        return new RecipientReport(address, action, status, fields["Diagnostic-Code"]?.Trim());
    }

    /// <summary><c>rfc822; someone@example.org</c> → <c>someone@example.org</c>.</summary>
    private static string? AddressOf(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return null;
        }

        var separator = field.IndexOf(';', StringComparison.Ordinal);
        var address = (separator < 0 ? field : field[(separator + 1)..]).Trim().Trim('<', '>');
        return address.Length == 0 ? null : address;
    }
}
