using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using HalloBot.Domain.Feedback;
using HalloBot.Domain.Mail;
using HalloBot.Jobs.Mail;
using HalloBot.Web.Features.Business;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// The feedback mails, each in its recipient's language, as plain text and HTML, with a one-click unsubscribe for its
/// kind; queued in the caller's unit of work. Keys are notification and recipient, so a retry queues no second copy.
/// </summary>
public sealed class FeedbackMails(
    MailQueue queue,
    MailUnsubscribe unsubscribe,
    FeedbackTexts texts,
    IOptions<MailOptions> options,
    IStringLocalizer<SharedResource> t,
    TimeProvider time)
{
    public const string NewKind = "feedback.new";
    public const string ReceiptKind = "feedback.receipt";
    public const string StatusKind = "feedback.status";
    public const string DigestKind = "feedback.digest";

    /// <summary>Encodes markup characters only: umlauts and quotation marks stay readable in the mail's source.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The office hears of new feedback (in German: the office's language). The item must be saved: its id is in the key.</summary>
    public Task QueueStaffNoticeAsync(FeedbackItem item, string senderName, string senderEmail, string businessName, string siteRoot, CancellationToken cancellationToken)
    {
        var staff = options.Value.StaffAddress;
        var mail = Build($"{NewKind}:{item.Id}:{Fingerprint(staff)}", NewKind, staff, "de", siteRoot, () => new MailContent(
            t["Feedback.Mail.New.Subject", item.Title],
            t["Feedback.Mail.GreetingStaff"],
            [
                t["Feedback.Mail.New.Intro", businessName, senderName, senderEmail],
                t["Feedback.Mail.New.What", texts.Kind(item.Kind), texts.Area(item.Area)],
            ],
            $"{item.Title}\n\n{item.Text}",
            t["Feedback.Mail.New.Action"],
            siteRoot + FeedbackRoutes.StaffDetail(item.Id)));
        return queue.QueueAsync(mail, cancellationToken);
    }

    public Task QueueReceiptAsync(FeedbackItem item, FeedbackRecipient sender, string siteRoot, CancellationToken cancellationToken)
    {
        var mail = Build($"{ReceiptKind}:{item.Id}:{sender.MemberId}", ReceiptKind, sender.Email, sender.Culture, siteRoot, () => new MailContent(
            t["Feedback.Mail.Receipt.Subject", item.Title],
            Greeting(sender.Name),
            [t["Feedback.Mail.Receipt.Intro"], t["Feedback.Mail.Receipt.Next"]],
            $"{item.Title}\n\n{item.Text}",
            t["Feedback.Mail.Receipt.Action"],
            siteRoot + FeedbackRoutes.Detail(item.Id)));
        return queue.QueueAsync(mail, cancellationToken);
    }

    /// <summary>One mail per recipient and status change: sender, voters and followers hear the public answer.</summary>
    public async Task QueueStatusAsync(FeedbackItem item, FeedbackStatusChange change, IReadOnlyList<FeedbackRecipient> recipients, string siteRoot, CancellationToken cancellationToken)
    {
        foreach (var recipient in recipients)
        {
            var mail = Build($"{StatusKind}:{change.Id}:{recipient.MemberId}", StatusKind, recipient.Email, recipient.Culture, siteRoot, () => new MailContent(
                t["Feedback.Mail.Status.Subject", item.Title, texts.Status(change.To)],
                Greeting(recipient.Name),
                [t["Feedback.Mail.Status.Intro", item.Title, texts.Status(change.To)], t["Feedback.Mail.Status.AnswerIntro"]],
                change.Answer,
                t["Feedback.Mail.Status.Action"],
                siteRoot + FeedbackRoutes.Detail(item.Id),
                t[$"Feedback.Mail.Status.Because.{recipient.Relation}"]));
            await queue.QueueAsync(mail, cancellationToken);
        }
    }

    /// <summary>The weekly overview for the office; <paramref name="week"/> (e.g. 2026-W23) makes it one per week.</summary>
    public Task QueueDigestAsync(string week, IReadOnlyList<FeedbackDigestLine> open, int newThisWeek, string siteRoot, CancellationToken cancellationToken)
    {
        var staff = options.Value.StaffAddress;
        var mail = Build($"{DigestKind}:{week}:{Fingerprint(staff)}", DigestKind, staff, "de", siteRoot, () => new MailContent(
            t["Feedback.Mail.Digest.Subject", open.Count, week],
            t["Feedback.Mail.GreetingStaff"],
            [t["Feedback.Mail.Digest.Intro", open.Count, newThisWeek]],
            string.Join('\n', open.Select(line => t["Feedback.Mail.Digest.Line", line.Id, line.Title, texts.Status(line.Status), line.Votes,
                line.CreatedAt.ToString("d", CultureInfo.CurrentCulture)].Value)),
            t["Feedback.Mail.Digest.Action"],
            siteRoot + FeedbackRoutes.Staff));
        return queue.QueueAsync(mail, cancellationToken);
    }

    private string Greeting(string name) =>
        string.IsNullOrWhiteSpace(name) ? t["Feedback.Mail.GreetingPlain"] : t["Feedback.Mail.Greeting", name];

    private OutgoingMail Build(string key, string kind, string recipient, string? culture, string siteRoot, Func<MailContent> content)
    {
        var unsubscribeUrl = unsubscribe.Url(siteRoot, recipient, kind);
        var (subject, text, html) = MailCulture.In(culture, () => Render(content(), unsubscribeUrl, MailCulture.Code(culture)));
        return new OutgoingMail(key, kind, recipient, MailCulture.Code(culture), subject, text, html, time.GetUtcNow().UtcDateTime)
        {
            UnsubscribeUrl = unsubscribeUrl,
        };
    }

    private (string Subject, string Text, string Html) Render(MailContent content, string unsubscribeUrl, string language)
    {
        var signature = t["Feedback.Mail.Signature"].Value;
        var unsubscribeText = t["Feedback.Mail.Unsubscribe"].Value;
        var text = new StringBuilder().Append(content.Greeting).Append("\n\n");
        foreach (var paragraph in content.Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        text.Append(string.Join('\n', content.Quote.Split('\n').Select(line => "> " + line))).Append("\n\n")
            .Append(content.LinkText).Append(":\n").Append(content.Link).Append("\n\n")
            .Append(signature).Append("\n\n-- \n");
        if (content.Because is not null)
        {
            text.Append(content.Because).Append('\n');
        }

        text.Append(unsubscribeText).Append(":\n").Append(unsubscribeUrl).Append('\n');

        var e = Html;
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(e.Encode(content.Subject)).Append("</title></head><body>")
            .Append("<p>").Append(e.Encode(content.Greeting)).Append("</p>");
        foreach (var paragraph in content.Paragraphs)
        {
            html.Append("<p>").Append(e.Encode(paragraph)).Append("</p>");
        }

        html.Append("<blockquote>").Append(string.Join("<br>", content.Quote.Split('\n').Select(e.Encode))).Append("</blockquote>")
            .Append("<p><a href=\"").Append(e.Encode(content.Link)).Append("\">").Append(e.Encode(content.LinkText)).Append("</a></p>")
            .Append("<p>").Append(e.Encode(signature)).Append("</p><hr>");
        if (content.Because is not null)
        {
            html.Append("<p>").Append(e.Encode(content.Because)).Append("</p>");
        }

        html.Append("<p><a href=\"").Append(e.Encode(unsubscribeUrl)).Append("\">").Append(e.Encode(unsubscribeText)).Append("</a></p></body></html>");
        return (content.Subject, text.ToString(), html.ToString());
    }

    /// <summary>Keeps keys short whatever the length of the office's address, yet one per recipient.</summary>
    private static string Fingerprint(string address) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(address.ToLowerInvariant())))[..12];

    private sealed record MailContent(string Subject, string Greeting, IReadOnlyList<string> Paragraphs, string Quote, string LinkText, string Link, string? Because = null);
}

/// <summary>Why a member hears of a status change.</summary>
public enum FeedbackRelation
{
    Sender,
    Voter,
    Follower,
}

public sealed record FeedbackRecipient(string MemberId, string Email, string? Culture, string Name, FeedbackRelation Relation);

public sealed record FeedbackDigestLine(int Id, string Title, FeedbackStatus Status, int Votes, DateTime CreatedAt);
