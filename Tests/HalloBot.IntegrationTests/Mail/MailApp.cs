using HalloBot.Domain.Mail;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Mail;
using HalloBot.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Mail;

/// <summary>The real site sending its mail to <paramref name="smtp"/>, or to its pickup folder without one.</summary>
public sealed class MailApp(SmtpServer? smtp = null) : HalloBotAppFactory
{
    public string PickupDirectory => Path.Combine(DataDirectory, "mail", "pickup");

    /// <summary>Queues a mail the way every feature does: in a unit of work that then saves.</summary>
    public async Task<bool> QueueAsync(OutgoingMail mail)
    {
        await using var scope = Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<MailQueue>().QueueAsync(mail, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<Domain.Persistence.HalloBotDbContext>().SaveChangesAsync();
        return queued;
    }

    public Task<OutgoingMail> MailAsync(string key) =>
        QueryAsync(db => db.OutgoingMails.AsNoTracking().SingleAsync(m => m.DeduplicationKey == key));

    public static OutgoingMail Mail(string key, string recipient = "baecker@example.org", string kind = "test.notice") =>
        new(key, kind, recipient, "de", "Ihre Anfrage ist eingegangen", "Guten Tag,\n\nvielen Dank für Ihre Nachricht.", "<p>Vielen Dank für Ihre Nachricht.</p>", DefaultNow.UtcDateTime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (smtp is not null)
        {
            builder.UseSetting("HalloBot:Mail:Provider", "Smtp");
            builder.UseSetting("HalloBot:Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("HalloBot:Mail:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("HalloBot:Mail:Smtp:Security", "None");
            builder.UseSetting("HalloBot:Mail:Smtp:TimeoutSeconds", "5");
        }
    }
}
