using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace HalloBot.IntegrationTests.Account;

/// <summary>The real site for the account tests, with settings (rate limits) a test may lower, and its mailbox: the pickup folder.</summary>
public sealed partial class AccountApp(IReadOnlyDictionary<string, string>? settings = null) : HalloBotAppFactory
{
    public const string Password = "Zeche Prosper Haniel 1863";

    public string PickupDirectory => Path.Combine(DataDirectory, "mail", "pickup");

    /// <summary>The mails to <paramref name="recipient"/> that have arrived in the pickup folder, oldest first.</summary>
    public IReadOnlyList<MimeMessage> MailsTo(string recipient)
    {
        if (!Directory.Exists(PickupDirectory))
        {
            return [];
        }

        return Directory.EnumerateFiles(PickupDirectory, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, recipient, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>Waits until <paramref name="count"/> mails to <paramref name="recipient"/> have been sent, and returns the last.</summary>
    public async Task<MimeMessage> WaitForMailAsync(string recipient, int count = 1)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(MailsTo(recipient).Count >= count), $"mail {count} to {recipient} is in the pickup folder");
        return MailsTo(recipient)[count - 1];
    }

    /// <summary>The first link to a page of the site in a mail's plain text, as a path and query for the test client.</summary>
    public static string LinkIn(MimeMessage mail, string path)
    {
        var match = LinkPattern().Matches(mail.TextBody ?? "").FirstOrDefault(m => new Uri(m.Value).AbsolutePath == path)
            ?? throw new InvalidOperationException($"No link to {path} in the mail:\n{mail.TextBody}");
        return new Uri(match.Value).PathAndQuery;
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The texts of the errors shown beside the form's fields.</summary>
    public static async Task<IReadOnlyList<string>> FieldErrorsAsync(HttpResponseMessage response) =>
        (await ParseAsync(response)).QuerySelectorAll(".form-field__errors li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>Registers through the form and returns the page the browser lands on.</summary>
    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password = Password, string language = "de", string name = "Erika Kortmann") =>
        client.SubmitAsync("/konto/registrieren", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = name,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
            ["Language"] = language,
        }, "main form");

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password) =>
        client.SubmitAsync("/konto/anmelden", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }, "main form");

    /// <summary>Registers, follows the link in the confirmation mail, and returns the confirmed address.</summary>
    public async Task ConfirmedRegistrationAsync(HttpClient client, string email, string language = "de")
    {
        var registered = await RegisterAsync(client, email, language: language);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var mail = await WaitForMailAsync(email);
        var confirmed = await client.GetAsync(LinkIn(mail, "/konto/bestaetigen"));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
