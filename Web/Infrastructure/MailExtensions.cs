using HalloBot.Jobs.Mail;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Infrastructure;

/// <summary>Outgoing mail: queued in the database, sent by a job to the pickup folder or an SMTP server.</summary>
internal static class MailExtensions
{
    public static IHostApplicationBuilder AddHalloBotMail(this IHostApplicationBuilder builder, DataDirectory dataDirectory)
    {
        builder.Services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .PostConfigure(o =>
            {
                o.PickupDirectory = string.IsNullOrWhiteSpace(o.PickupDirectory)
                    ? dataDirectory.Combine(Path.Combine("mail", "pickup"))
                    : Path.GetFullPath(o.PickupDirectory, dataDirectory.Path);
                o.Bounces.Maildir = string.IsNullOrWhiteSpace(o.Bounces.Maildir) ? null : Path.GetFullPath(o.Bounces.Maildir, dataDirectory.Path);
                o.Bounces.Address = string.IsNullOrWhiteSpace(o.Bounces.Address) ? null : o.Bounces.Address.Trim();
            })
            .Validate(o => o.Provider != MailProvider.Smtp || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                "HalloBot:Mail:Smtp:Host is required when HalloBot:Mail:Provider is Smtp.")
            .Validate(o => o.Smtp.Port is > 0 and < 65536, "HalloBot:Mail:Smtp:Port must be between 1 and 65535.")
            .Validate(o => System.Net.Mail.MailAddress.TryCreate(o.FromAddress, out _), "HalloBot:Mail:FromAddress is not an e-mail address.")
            .Validate(o => System.Net.Mail.MailAddress.TryCreate(o.StaffAddress, out _), "HalloBot:Mail:StaffAddress is not an e-mail address.")
            .Validate(o => o.Bounces.Address is null || System.Net.Mail.MailAddress.TryCreate(o.Bounces.Address, out _),
                "HalloBot:Mail:Bounces:Address is not an e-mail address.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            return options.Provider == MailProvider.Smtp
                ? new SmtpMailTransport(options.Smtp, options.Bounces.Address)
                : new PickupMailTransport(options.PickupDirectory!);
        });
        return builder;
    }
}
