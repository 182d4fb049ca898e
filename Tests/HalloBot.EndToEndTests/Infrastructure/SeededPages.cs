using System.Globalization;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Feedback;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using HalloBot.Jobs.Images;
using HalloBot.Web.Features.Account;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Feedback;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace HalloBot.EndToEndTests.Infrastructure;

/// <summary>
/// One of everything the page-type tests visit (the bakery's accessibility facts, an offer, a confirmed reservation,
/// feedback, an invitation, members with a password-reset code and with a confirmation link, a member who keeps no
/// business, an unsubscribe link), made once per site; <see cref="Fill"/> puts their ids and tokens into addresses
/// such as <c>/betrieb/{listing}/angebote/{offer}</c> (all URL-safe already: numbers, GUIDs, base64url tokens).
/// </summary>
public sealed record SeededPages(Member Member, Member Staff, Member Newcomer, IReadOnlyDictionary<string, string> Values)
{
    private static readonly SemaphoreSlim SeedLock = new(1, 1);
    private static readonly Dictionary<SiteFixture, SeededPages> Seeded = new(ReferenceEqualityComparer.Instance);

    public string Fill(string path) =>
        Values.Aggregate(path, (filled, value) => filled.Replace(value.Key, value.Value, StringComparison.Ordinal));

    /// <summary>A browser for <paramref name="who"/>: signed in as the seeded member, newcomer or staff, or not at all.</summary>
    public async Task<VisitedPage> OpenAsAsync(SiteFixture site, Who who) => who switch
    {
        Who.Member => await site.OpenSignedInAsync(Member),
        Who.Newcomer => await site.OpenSignedInAsync(Newcomer),
        Who.Staff => await site.OpenSignedInAsync(Staff),
        _ => await site.OpenPageAsync(),
    };

    public static async Task<SeededPages> OnceAsync(SiteFixture site)
    {
        await SeedLock.WaitAsync();
        try
        {
            if (!Seeded.TryGetValue(site, out var data))
            {
                data = await SeedAsync(site);
                Seeded[site] = data;
            }

            return data;
        }
        finally
        {
            SeedLock.Release();
        }
    }

    /// <summary>One of everything a signed-in page shows: an offer, a confirmed reservation, feedback, an invitation.</summary>
    private static async Task<SeededPages> SeedAsync(SiteFixture site)
    {
        int listingId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var listings = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
            var bakery = await listings.Listings.SingleAsync(l => l.Slug == E2ESeed.BakerySlug);
            // Every line of the listing page's accessibility section, so the sweeps check it at both widths.
            bakery.Accessibility = new AccessibilityFacts { Wheelchair = WheelchairAccess.Limited, WheelchairToilet = true, HearingLoop = true, Seating = false };
            await listings.SaveChangesAsync();
            listingId = bakery.Id;
        }

        var member = await site.CreateMemberAsync($"seiten-{Guid.NewGuid():N}@example.org", staff: false, listingId);
        var staff = await site.CreateMemberAsync($"seiten-amt-{Guid.NewGuid():N}@example.org", staff: true);
        var newcomer = await site.CreateMemberAsync($"seiten-neu-{Guid.NewGuid():N}@example.org", staff: false);

        await using var seedScope = site.Services.CreateAsyncScope();
        var services = seedScope.ServiceProvider;
        var db = services.GetRequiredService<HalloBotDbContext>();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var offer = new Offer(listingId, "Pflaumenkuchen vom Blech", OfferPrice.Fixed(1250), today.AddDays(-1), now)
        {
            Description = "Mit Streuseln.",
            IsReservable = true,
            HoldDays = 2,
        };
        db.Offers.Add(offer);
        await db.SaveChangesAsync();

        var reservationToken = InvitationToken.Create();
        var reservation = new Reservation(
            new ReservationRequest("Erika Muster", "erika@example.org", null, 1, today.AddDays(3), "Bitte gut verpacken.", "de"),
            offer.Id, offer.Title, listingId, offer.HoldDays, InvitationToken.Hash(reservationToken), protectedToken: null, now);
        reservation.Confirm(now, services.GetRequiredService<WorkingDays>());
        db.Reservations.Add(reservation);

        var feedback = new FeedbackItem(FeedbackKind.Idea, FeedbackArea.Search, "Filter für Sonntage", "Bitte einen Filter für sonntags geöffnete Betriebe.",
            listingId, member.Id, true, now);
        db.FeedbackItems.Add(feedback);

        var invitationToken = InvitationToken.Create();
        db.MembershipInvitations.Add(new MembershipInvitation(listingId, "kollegin@example.org", InvitationToken.Hash(invitationToken), member.Id, now));
        await db.SaveChangesAsync();

        var users = services.GetRequiredService<UserManager<Member>>();
        // A member of its own for the reset link: the other pages' visits (two-factor set-up) renew the main member's
        // security stamp, which makes a reset code made before them invalid.
        var resetMember = await site.CreateMemberAsync($"seiten-reset-{Guid.NewGuid():N}@example.org", staff: false);
        var resetCode = AccountLinks.EncodeToken(await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(resetMember.Id))!));
        // A member who has not yet confirmed the address, and the link of the confirmation mail (confirming twice
        // shows the same page, so both sweeps can open it).
        var unconfirmed = new Member
        {
            UserName = $"seiten-offen-{Guid.NewGuid():N}@example.org", DisplayName = "Testperson", CreatedAt = now,
        };
        unconfirmed.Email = unconfirmed.UserName;
        Assert.True((await users.CreateAsync(unconfirmed, SiteMembers.Password)).Succeeded);
        var confirmCode = AccountLinks.EncodeToken(await users.GenerateEmailConfirmationTokenAsync(unconfirmed));
        var unsubscribe = services.GetRequiredService<MailUnsubscribe>().Url("", "erika@example.org", FeedbackMails.DigestKind);
        // A published photo variant, for the headers of a /media answer (the photo journey tests make real ones).
        var media = services.GetRequiredService<IMediaStore>();
        var mediaKey = Guid.NewGuid().ToString("N");
        using (var image = new Image<Rgb24>(4, 3, new Rgb24(120, 120, 120)))
        using (var jpeg = new MemoryStream())
        {
            await image.SaveAsJpegAsync(jpeg);
            await media.PublishVariantsAsync(mediaKey, [new ImageVariant(ImageVariantSize.List, ImageVariantFormat.Jpeg, 4, 3, jpeg.ToArray())]);
        }

        var category = await db.Categories.Select(c => c.Id).FirstAsync();
        var district = await db.Districts.Select(d => d.Id).FirstAsync();

        return new SeededPages(member, staff, newcomer, new Dictionary<string, string>
        {
            ["{confirmMember}"] = unconfirmed.Id,
            ["{confirmCode}"] = confirmCode,
            ["{unsubscribe}"] = unsubscribe[(MailUnsubscribe.Path.Length + 1)..],
            ["{media}"] = media.VariantPath(mediaKey, ImageVariantSize.List, ImageVariantFormat.Jpeg),
            ["{slug}"] = E2ESeed.BakerySlug,
            ["{listing}"] = listingId.ToString(CultureInfo.InvariantCulture),
            ["{offer}"] = offer.Id.ToString(CultureInfo.InvariantCulture),
            ["{reservation}"] = reservation.Id.ToString(CultureInfo.InvariantCulture),
            ["{reservationToken}"] = reservationToken,
            ["{feedback}"] = feedback.Id.ToString(CultureInfo.InvariantCulture),
            ["{invitation}"] = invitationToken,
            ["{member}"] = member.Id,
            ["{resetMember}"] = resetMember.Id,
            ["{resetCode}"] = resetCode,
            ["{category}"] = category.ToString(CultureInfo.InvariantCulture),
            ["{district}"] = district.ToString(CultureInfo.InvariantCulture),
        });
    }
}
