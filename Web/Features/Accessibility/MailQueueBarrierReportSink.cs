using System.Globalization;
using System.Text;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Mail;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Accessibility;

/// <summary>
/// Sends each report to the office's staff address through the mail queue, so that it travels the way every mail of
/// the site does (pickup folder or SMTP, retried while the server is down, sent once). A reply goes to the resident
/// when they gave an address. The text is for the office's staff and so is German whatever language the visitor used.
/// </summary>
public sealed class MailQueueBarrierReportSink(HalloBotDbContext db, MailQueue queue, IOptions<MailOptions> options) : IBarrierReportSink
{
    public const string Kind = "barrier-report";

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public async Task SendAsync(BarrierReport report, CancellationToken cancellationToken)
    {
        // Every report is its own mail: the key only guards against the queue sending one twice.
        var key = $"{Kind}:{Guid.NewGuid():N}";
        var mail = new OutgoingMail(key, Kind, options.Value.StaffAddress, "de", Subject(report), Body(report), null, report.ReceivedAt.UtcDateTime)
        {
            ReplyTo = report.Email,
        };
        await queue.QueueAsync(mail, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Subject(BarrierReport report)
    {
        var page = report.PageUrl.ReplaceLineEndings(" ");
        var subject = "Barriere gemeldet: " + (page.Length <= 80 ? page : page[..79] + "…");
        return subject.Length <= OutgoingMail.SubjectMaxLength ? subject : subject[..OutgoingMail.SubjectMaxLength];
    }

    private static string Body(BarrierReport report)
    {
        var received = TimeZoneInfo.ConvertTime(report.ReceivedAt, Berlin);
        return new StringBuilder()
            .Append("Über das Formular „Barriere melden“ der Erklärung zur Barrierefreiheit ist eine Meldung eingegangen.\n\n")
            .Append("Seite: ").Append(report.PageUrl).Append('\n')
            .Append("Eingegangen: ").Append(received.ToString("dd.MM.yyyy HH:mm 'Uhr'", CultureInfo.InvariantCulture)).Append('\n')
            .Append("Antwort an: ").Append(report.Email ?? "keine E-Mail-Adresse angegeben").Append('\n')
            .Append("Sprache der Website: ").Append(report.Language == "en" ? "Englisch" : "Deutsch").Append("\n\n")
            .Append("Beschreibung:\n")
            .Append(report.Description.ReplaceLineEndings("\n")).Append("\n\n")
            .Append("BITV NRW: Bitte antworten Sie innerhalb eines Monats. Ohne Antwort kann sich die meldende Person an die Ombudsstelle für barrierefreie Informationstechnik NRW wenden.\n")
            .ToString();
    }
}
