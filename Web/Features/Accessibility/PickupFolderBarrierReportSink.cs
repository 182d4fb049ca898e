using System.Globalization;
using System.Text;
using HalloBot.Jobs.Mail;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Accessibility;

/// <summary>
/// Writes each report as an RFC 5322 message (<c>.eml</c>) into the mail pickup folder
/// (<c>HalloBot:Mail:PickupDirectory</c>, default <c>&lt;data folder&gt;/mail/pickup</c>), whatever the mail provider:
/// a stand-in until reports go through the mail queue, whose messages have no Reply-To yet.
/// The text is for the office's staff and so is German whatever language the visitor used.
/// </summary>
public sealed class PickupFolderBarrierReportSink(
    IOptions<MailOptions> options,
    TimeProvider clock) : IBarrierReportSink
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public string Folder => options.Value.PickupDirectory!;

    public async Task SendAsync(BarrierReport report, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var id = Guid.NewGuid().ToString("N");
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-barriere-{id}";
        var partial = Path.Combine(Folder, name + ".tmp");
        // Written beside and renamed, so that whatever picks the folder up never sees half a message.
        await File.WriteAllTextAsync(partial, Message(report, id), new UTF8Encoding(false), cancellationToken);
        File.Move(partial, Path.Combine(Folder, name + ".eml"));
    }

    private string Message(BarrierReport report, string id)
    {
        var mail = options.Value;
        var headers = new StringBuilder()
            .Append("From: ").Append(EncodedWord(mail.FromName)).Append(" <").Append(mail.FromAddress).Append(">\r\n")
            .Append("To: ").Append(mail.StaffAddress).Append("\r\n");
        if (report.Email is not null)
        {
            headers.Append("Reply-To: ").Append(report.Email).Append("\r\n");
        }

        return headers
            .Append("Subject: ").Append(EncodedWord("Barriere gemeldet: " + Shorten(report.PageUrl, 80))).Append("\r\n")
            .Append("Date: ").Append(clock.GetUtcNow().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(id).Append("@hallo-bot.invalid>\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n")
            .Append("\r\n")
            .Append(Base64Lines(Body(report)))
            .ToString();
    }

    private static string Body(BarrierReport report)
    {
        var received = TimeZoneInfo.ConvertTime(report.ReceivedAt, Berlin);
        return new StringBuilder()
            .Append("Über das Formular „Barriere melden“ der Erklärung zur Barrierefreiheit ist eine Meldung eingegangen.\r\n\r\n")
            .Append("Seite: ").Append(report.PageUrl).Append("\r\n")
            .Append("Eingegangen: ").Append(received.ToString("dd.MM.yyyy HH:mm 'Uhr'", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Antwort an: ").Append(report.Email ?? "keine E-Mail-Adresse angegeben").Append("\r\n")
            .Append("Sprache der Website: ").Append(report.Language == "en" ? "Englisch" : "Deutsch").Append("\r\n\r\n")
            .Append("Beschreibung:\r\n")
            .Append(report.Description.ReplaceLineEndings("\r\n")).Append("\r\n\r\n")
            .Append("BITV NRW: Bitte antworten Sie innerhalb eines Monats. Ohne Antwort kann sich die meldende Person an die Ombudsstelle für barrierefreie Informationstechnik NRW wenden.\r\n")
            .ToString();
    }

    /// <summary>
    /// RFC 2047: header text of any characters, line breaks included, as safe ASCII encoded words of at most
    /// 75 characters each, folded onto continuation lines.
    /// </summary>
    private static string EncodedWord(string text)
    {
        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in text.ReplaceLineEndings(" ").EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(chunk.ToString()) + rune.Utf8SequenceLength > 45)
            {
                words.Add(Word(chunk.ToString()));
                chunk.Clear();
            }

            chunk.Append(rune.ToString());
        }

        words.Add(Word(chunk.ToString()));
        return string.Join("\r\n ", words);

        static string Word(string part) => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(part))}?=";
    }

    private static string Base64Lines(string text)
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        var lines = new StringBuilder();
        for (var i = 0; i < base64.Length; i += 76)
        {
            lines.Append(base64.AsSpan(i, Math.Min(76, base64.Length - i))).Append("\r\n");
        }

        return lines.ToString();
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
