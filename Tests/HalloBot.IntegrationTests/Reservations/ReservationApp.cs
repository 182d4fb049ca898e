using System.Text.RegularExpressions;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HalloBot.IntegrationTests.Reservations;

/// <summary>
/// The real site with two shops, A ("Bäckerei Anton") and B ("Café Berta"), each with a member and a reservable offer
/// held for two working days, and a third offer of A that is not reservable. Mails are read from the queue, or, once
/// sent, from the pickup folder. The reservation form's per-client limit is <paramref name="reservationsLimit"/>
/// (high, unless a test is about it: every test client shares one address).
/// </summary>
public sealed partial class ReservationApp(int reservationsLimit = 1000, HalloBot.Tests.Shared.SmtpServer? smtp = null) : HalloBotAppFactory
{
    public int ListingA { get; private set; }
    public int ListingB { get; private set; }
    public int OfferA { get; private set; }
    public int OfferB { get; private set; }
    public int NotReservableOffer { get; private set; }
    public Member MemberOfA { get; private set; } = null!;
    public Member MemberOfB { get; private set; } = null!;

    /// <param name="smtp">A real SMTP server the site sends through; the pickup folder when none.</param>
    public static async Task<ReservationApp> StartAsync(int reservationsLimit = 1000, HalloBot.Tests.Shared.SmtpServer? smtp = null)
    {
        var app = new ReservationApp(reservationsLimit, smtp);
        Listing? a = null, b = null;
        await app.SeedAsync(db =>
        {
            var bakery = new Category("Bäckerei");
            a = TestData.Listing("Bäckerei Anton", [bakery]);
            b = TestData.Listing("Café Berta", [bakery]);
            db.AddRange(bakery, a, b);
            return Task.CompletedTask;
        });
        Offer? offerA = null, offerB = null, closed = null;
        var from = new DateOnly(2026, 5, 1);
        await app.SeedAsync(db =>
        {
            offerA = new Offer(a!.Id, "Roggenbrot 1 kg", OfferPrice.Fixed(450), from, DefaultNow.UtcDateTime) { IsReservable = true, HoldDays = 2 };
            offerB = new Offer(b!.Id, "Apfelkuchen", OfferPrice.Fixed(1890), from, DefaultNow.UtcDateTime) { IsReservable = true, HoldDays = 2 };
            closed = new Offer(a.Id, "Brötchen-Tüte", OfferPrice.OnRequest, from, DefaultNow.UtcDateTime) { IsReservable = false };
            db.AddRange(offerA, offerB, closed);
            return Task.CompletedTask;
        });
        (app.ListingA, app.ListingB) = (a!.Id, b!.Id);
        (app.OfferA, app.OfferB, app.NotReservableOffer) = (offerA!.Id, offerB!.Id, closed!.Id);
        app.MemberOfA = await app.CreateMemberAsync("anton@example.org", false, app.ListingA);
        app.MemberOfB = await app.CreateMemberAsync("berta@example.org", false, app.ListingB);
        return app;
    }

    public static Dictionary<string, string> ValidForm(string email = "erika@example.org") => new()
    {
        ["Name"] = "Erika Mustermann",
        ["Email"] = email,
        ["Phone"] = "02041 70 30",
        ["Quantity"] = "2",
        ["PreferredPickupDate"] = "2026-06-03",
        ["Message"] = "Bitte geschnitten.",
    };

    /// <summary>Sends the form as a resident; returns the private link's token, read from the confirmation mail.</summary>
    public async Task<string> ReserveAsync(int offerId, string email = "erika@example.org", string date = "2026-06-03")
    {
        using var client = this.CreateCookieClient();
        var form = ValidForm(email);
        form["PreferredPickupDate"] = date;
        var response = await client.SubmitAsync($"/reservieren/{offerId}", form, "#reservierung-formular");
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"Reserving gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var mail = (await MailsAsync(email.ToLowerInvariant(), "reservations.confirm")).Last();
        return TokenIn(mail.TextBody);
    }

    /// <summary>Reserves and confirms: the request reaches the shop. Returns the token and the reservation's id.</summary>
    public async Task<(string Token, int Id)> ReserveAndConfirmAsync(int offerId, string email = "erika@example.org", string date = "2026-06-03")
    {
        var token = await ReserveAsync(offerId, email, date);
        using var client = this.CreateCookieClient();
        var response = await client.SubmitAsync($"/reservierung/{token}", [], "form[action$='/bestaetigen']");
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"Confirming gave {(int)response.StatusCode}.");
        }

        return (token, await IdOfAsync(token));
    }

    public Task<int> IdOfAsync(string token)
    {
        var hash = Web.Features.Business.InvitationToken.Hash(token);
        return QueryAsync(db => db.Reservations.Where(r => r.TokenHash == hash).Select(r => r.Id).SingleAsync());
    }

    /// <summary>The shop accepts with a window; returns the response (a redirect when it worked).</summary>
    public async Task<HttpResponseMessage> AcceptAsync(int listingId, Member member, int id, string date = "2026-06-03", string from = "10:00", string until = "12:00", string note = "")
    {
        using var shop = await this.CreateClientSignedInAsAsync(member);
        return await shop.SubmitAsync($"/betrieb/{listingId}/reservierungen/{id}",
            new Dictionary<string, string> { ["PickupDate"] = date, ["PickupFrom"] = from, ["PickupUntil"] = until, ["Note"] = note }, "form[action$='/annehmen']");
    }

    /// <summary>The messages the mail job wrote to the pickup folder, as sent.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> PickedUpMails() =>
        Directory.Exists(Path.Combine(DataDirectory, "mail", "pickup"))
            ? [.. Directory.GetFiles(Path.Combine(DataDirectory, "mail", "pickup"), "*.eml").Select(f => MimeKit.MimeMessage.Load(f))]
            : [];

    public Task<Reservation> ReservationAsync(int id) => QueryAsync(db => db.Reservations.AsNoTracking().SingleAsync(r => r.Id == id));

    public Task<int> ReservationCountAsync() => QueryAsync(db => db.Reservations.CountAsync());

    public Task<List<OutgoingMail>> MailsAsync(string recipient, string? kind = null) =>
        QueryAsync(db => db.OutgoingMails.AsNoTracking()
            .Where(m => m.Recipient == recipient && (kind == null || m.Kind == kind))
            .OrderBy(m => m.Id).ToListAsync());

    /// <summary>Runs a job in its own scope, as Hangfire would, at the fake clock's time.</summary>
    public async Task<int> RunAsync<TJob>(Func<TJob, Task<int>> run)
        where TJob : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    public void SetLocalTime(int year, int month, int day, int hour, int minute = 0) =>
        Clock.SetUtcNow(new DateTimeOffset(Local(year, month, day, hour, minute), TimeSpan.Zero));

    public static DateTime Local(int year, int month, int day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified),
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

    private readonly OneShotSaveHook _beforeOfferRemoval = new(changes => changes.Entries<Offer>().Any(e => e.State == EntityState.Deleted));
    private readonly OneShotSaveHook _beforeConfirmation = new(changes => changes.Entries<Reservation>().Any(e => e.State == EntityState.Modified
        && e.Property(r => r.Status).OriginalValue == ReservationStatus.AwaitingConfirmation
        && e.Entity.Status == ReservationStatus.Requested));
    private readonly RequestTransactionWatch _transactions = new();

    public Operations.CapturedLog Log { get; } = new();

    /// <summary>
    /// Runs once, inside the site's next save that removes an offer, just before that save reaches the database: a test's
    /// stand-in for a resident who reserves at that very moment.
    /// </summary>
    public void BeforeNextOfferRemoval(Func<Task> action) => _beforeOfferRemoval.Arm(action);

    /// <summary>
    /// Runs once, inside the site's next save that confirms a reservation, just before that save reaches the database:
    /// a test's stand-in for a second confirmation at that very moment.
    /// </summary>
    public void BeforeNextConfirmationSave(Func<Task> action) => _beforeConfirmation.Arm(action);

    /// <summary>Completes when the site's handling of a request to <paramref name="path"/> begins a database transaction (before it has one).</summary>
    public Task TransactionStartingFor(string path) => _transactions.StartingFor(path);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("HalloBot:RateLimits:Reservations:PermitLimit", reservationsLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        if (smtp is not null)
        {
            builder.UseSetting("HalloBot:Mail:Provider", "Smtp");
            builder.UseSetting("HalloBot:Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("HalloBot:Mail:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("HalloBot:Mail:Smtp:Security", "None");
            builder.UseSetting("HalloBot:Mail:Smtp:TimeoutSeconds", "5");
        }

        // First of the context's configurations, so that the hook runs before the outbox interceptor opens the save's
        // transaction: between the site's last read and its write, as a resident's request would fall.
        builder.ConfigureTestServices(services => services.AddFirstInterceptors(_beforeOfferRemoval, _beforeConfirmation, _transactions));
    }

    public static string TokenIn(string text) => LinkPattern().Match(text) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("No reservation link in the mail.");

    [GeneratedRegex(@"/reservierung/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();
}
