using System.Net;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Offers;
using HalloBot.IntegrationTests.Accessibility;
using HalloBot.IntegrationTests.Account;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>
/// What a resident types into the site's forms (address, name, phone number) never reaches the log: through a
/// registration (twice with the same address), failed and successful sign-ins, a reservation and a barrier report, with
/// the mails they queue sent, and every category at Debug but EF Core's (whose Debug lines name no values either,
/// as long as sensitive-data logging stays off).
/// </summary>
public sealed class PersonalDataLoggingTests
{
    private const string Email = "Lena.Quandtmeier@example.org";
    private const string Name = "Lena Quandtmeier";
    private const string Phone = "0171 5550123";
    private const string UnknownEmail = "niemand.vonhier@example.org";
    private const string ReportEmail = "barriere.quandtmeier@example.org";

    private static readonly Dictionary<string, string> EverythingAtDebug = new()
    {
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Debug",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
        ["Logging:LogLevel:Hangfire"] = "Debug",
    };

    [Fact]
    public async Task Log_RegistrationSignInsReservationAndBarrierReport_HoldsNoAddressNameOrPhone()
    {
        await using var app = new OperationsApp(settings: EverythingAtDebug);
        var offerId = await SeedOfferAsync(app);
        var client = app.CreateCookieClient();

        Assert.Equal(HttpStatusCode.Redirect, (await AccountApp.RegisterAsync(client, Email, name: Name)).StatusCode);
        // The same address again: Identity's "already taken" names the address it refuses.
        await AccountApp.RegisterAsync(app.CreateCookieClient(), Email, name: Name);
        await ConfirmAsync(app, client);
        Assert.NotEqual(HttpStatusCode.Redirect, (await AccountApp.SignInAsync(client, Email, "ein falsches Passwort")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await AccountApp.SignInAsync(client, UnknownEmail)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountApp.SignInAsync(client, Email)).StatusCode);
        var reservation = await app.CreateCookieClient().SubmitAsync($"/reservieren/{offerId}", new Dictionary<string, string>
        {
            ["Name"] = Name,
            ["Email"] = Email,
            ["Phone"] = Phone,
            ["Quantity"] = "2",
            ["PreferredPickupDate"] = "2026-06-03",
            ["Message"] = $"Ruft mich an: {Phone}",
        }, "#reservierung-formular");
        Assert.Equal(HttpStatusCode.Redirect, reservation.StatusCode);
        var report = Html.ValidReport(ReportEmail);
        report["Description"] = $"Der Knopf ist zu klein, schreibt {Name}.";
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostReportAsync(app.CreateCookieClient(), report)).StatusCode);
        // The mails those queued (confirmation, reservation, barrier report) go out through the jobs, which log too.
        await Eventually.HoldsAsync(
            () => app.QueryAsync(async db => await db.OutgoingMails.CountAsync() >= 3 && !await db.OutgoingMails.AnyAsync(m => m.Status == MailStatus.Pending)),
            "the three mails are sent");

        var entries = app.Log.Entries;
        Assert.Contains(entries, e => e.Scopes.GetValueOrDefault("RequestPath") == "/konto/registrieren");
        Assert.Contains(entries, e => e.Scopes.GetValueOrDefault("RequestPath") == "/konto/anmelden");
        Assert.Contains(entries, e => e.Scopes.GetValueOrDefault("RequestPath") == $"/reservieren/{offerId}");
        Assert.Contains(entries, e => e.Scopes.GetValueOrDefault("RequestPath") == "/barrierefreiheit");
        string[] typed = [Email, "lena.quandtmeier", UnknownEmail, "niemand.vonhier", ReportEmail, Name, "Quandtmeier", Phone, Phone.Replace(" ", "", StringComparison.Ordinal)];
        var leaks = entries.Where(e => typed.Any(t => e.AllText.Contains(t, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "Logged what a resident typed:\n" + string.Join("\n", leaks.Select(e => $"{e.Level} {e.AllText}")));
    }

    private static async Task<int> SeedOfferAsync(OperationsApp app)
    {
        var offerId = 0;
        await app.SeedAsync(async db =>
        {
            var bakery = new Category("Bäckerei");
            var listing = TestData.Listing("Bäckerei Anton", [bakery]);
            db.AddRange(bakery, listing);
            await db.SaveChangesAsync();
            var offer = new Offer(listing.Id, "Roggenbrot 1 kg", OfferPrice.Fixed(450), new DateOnly(2026, 5, 1), HalloBotAppFactory.DefaultNow.UtcDateTime)
            {
                IsReservable = true,
                HoldDays = 2,
            };
            db.Add(offer);
            await db.SaveChangesAsync();
            offerId = offer.Id;
        });
        return offerId;
    }

    /// <summary>Follows the confirmation link the registration mailed (made anew here: the mail's is the same kind).</summary>
    private static async Task ConfirmAsync(OperationsApp app, HttpClient client)
    {
        string id, code;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
            var member = await users.FindByEmailAsync(Email) ?? throw new InvalidOperationException("Not registered.");
            (id, code) = (member.Id, AccountLinks.EncodeToken(await users.GenerateEmailConfirmationTokenAsync(member)));
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/konto/bestaetigen?id={id}&code={code}", UriKind.Relative))).StatusCode);
    }
}
