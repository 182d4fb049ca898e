using System.Text;
using HalloBot.Jobs.Mail;
using HalloBot.Jobs.Mail.Bounces;
using MimeKit;

namespace HalloBot.UnitTests.Mail;

/// <summary>Delivery status notifications as servers write them, read from their bytes.</summary>
public sealed class DeliveryReportTests
{
    private static readonly MailOptions Options = new() { FromAddress = "hallo-bot@bottrop.example" };

    [Fact]
    public void Read_WholeOriginalReturnedAndStatusWithComment_GivesMessageIdAndPermanentFailure()
    {
        // Exchange returns the whole message (message/rfc822) and writes the address type in capitals.
        var report = Read("""
            From: postmaster@example.org
            To: hallo-bot@bottrop.example
            Subject: Unzustellbar: Ihre Anfrage ist eingegangen
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type="delivery-status"; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            Die Nachricht konnte nicht zugestellt werden.
            --b1
            Content-Type: message/delivery-status

            Reporting-MTA: dns;EX01.example.org
            Received-From-MTA: dns;mail.bottrop.example

            Final-Recipient: RFC822; Baecker@Example.org
            Action: failed
            Status: 5.2.2 (mailbox full)
            Diagnostic-Code: smtp;552 5.2.2 mailbox full

            --b1
            Content-Type: message/rfc822

            From: Hallo-Bot Bottrop <hallo-bot@bottrop.example>
            To: baecker@example.org
            Subject: Ihre Anfrage ist eingegangen
            Message-Id: <mail-42@bottrop.example>

            Guten Tag,
            --b1--
            """);

        Assert.NotNull(report);
        Assert.Equal("mail-42@bottrop.example", report.OriginalMessageId);
        Assert.Equal(42, MailMessageFactory.MailIdOf(report.OriginalMessageId, Options));
        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(("Baecker@Example.org", "5.2.2", true), (recipient.Address, recipient.Status, recipient.IsPermanentFailure));
    }

    [Theory]
    [InlineData("delayed", "4.4.7", false)]
    [InlineData("failed", "4.4.7", false)]
    [InlineData("delivered", "2.0.0", false)]
    [InlineData("failed", "5.1.1", true)]
    public void IsPermanentFailure_ActionAndStatus_OnlyFailedWithFiveIsABounce(string action, string status, bool bounce) =>
        Assert.Equal(bounce, new RecipientReport("a@example.org", action, status, null).IsPermanentFailure);

    [Fact]
    public void Read_AutoReply_IsNoReport()
    {
        var report = Read("""
            From: baecker@example.org
            To: hallo-bot@bottrop.example
            Subject: Abwesenheitsnotiz
            Auto-Submitted: auto-replied
            In-Reply-To: <mail-42@bottrop.example>

            Ich bin bis Montag nicht im Büro.
            """);

        Assert.Null(report);
    }

    [Theory]
    [InlineData("mail-42@bottrop.example", 42)]
    [InlineData("mail-42@BOTTROP.example", 42)]
    [InlineData("mail-42@elsewhere.example", null)]
    [InlineData("mail-@bottrop.example", null)]
    [InlineData("mail--1@bottrop.example", null)]
    [InlineData("20260601.4F1A@bottrop.example", null)]
    [InlineData(null, null)]
    public void MailIdOf_MessageId_OnlyOursGiveAnId(string? messageId, int? id) =>
        Assert.Equal(id, MailMessageFactory.MailIdOf(messageId, Options));

    private static DeliveryReport? Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")));
        return DeliveryReport.Read(MimeMessage.Load(stream));
    }
}
