using HalloBot.Web.Features.Business;

namespace HalloBot.EndToEndTests.Infrastructure;

/// <summary>
/// Every page type of the site, in one place: the accessibility sweeps visit each at 320 px and 1280 px, the security
/// sweep checks each one's headers and origins, and <see cref="Accessibility.PageTypeCatalogTests"/> fails when a GET
/// endpoint of the site is in none of these lists and not exempted below with a reason.
/// </summary>
/// <remarks>
/// Addresses hold placeholders such as <c>{offer}</c> that <see cref="SeededPages.Fill"/> replaces with seeded ids and
/// tokens. <see cref="Who"/> says who visits.
/// </remarks>
public static class PageTypes
{
    /// <summary>Anonymous page types that need no seeded data (<see cref="Accessibility.PageTypesAtWidthsTests"/>).</summary>
    public static readonly PageType[] Plain =
    [
        new(Who.Anonymous, "/", 200),
        new(Who.Anonymous, "/?culture=en", 200),
        new(Who.Anonymous, "/kategorie/baeckerei", 200),
        new(Who.Anonymous, "/stadtteil/kirchhellen", 200),
        new(Who.Anonymous, "/b/{slug}", 200),
        new(Who.Anonymous, "/suche", 200),
        new(Who.Anonymous, "/suche?q=b%C3%A4ckerei", 200),
        new(Who.Anonymous, "/suche?q=zzzqqxgibtesnicht", 200),
        new(Who.Anonymous, "/b/gibt-es-nicht", 404),
        new(Who.Anonymous, "/oeffnungszeiten/vorschau", 200),
        new(Who.Anonymous, "/konto/anmelden", 200),
        new(Who.Anonymous, "/konto/registrieren", 200),
        new(Who.Anonymous, "/konto/passwort-vergessen", 200),
    ];

    /// <summary>The pages a city owes its residents (<see cref="Accessibility.CivicPagesTests"/>).</summary>
    public static readonly PageType[] Civic =
    [
        new(Who.Anonymous, "/barrierefreiheit", 200),
        new(Who.Anonymous, "/barrierefreiheit/danke", 200),
        new(Who.Anonymous, "/leichte-sprache", 200),
        new(Who.Anonymous, "/leichte-sprache?culture=en", 200),
        new(Who.Anonymous, "/impressum", 200),
        new(Who.Anonymous, "/datenschutz", 200),
        new(Who.Anonymous, "/api", 200),
    ];

    /// <summary>Public page types that need seeded data (<see cref="Accessibility.SignedInPageTypesTests"/>).</summary>
    public static readonly PageType[] SeededPublic =
    [
        new(Who.Anonymous, "/b/{slug}/angebote", 200),
        new(Who.Anonymous, "/b/{slug}/angebote/{offer}", 200),
        new(Who.Anonymous, "/reservieren/{offer}", 200),
        new(Who.Anonymous, "/reservieren/gesendet", 200),
        new(Who.Anonymous, "/mitgestalten", 200),
        new(Who.Anonymous, "/mitgestalten/{feedback}", 200),
        new(Who.Anonymous, "/konto/bestaetigen?id={confirmMember}&code={confirmCode}", 200),
        new(Who.Anonymous, "/konto/bestaetigen?id={member}&code=abgelaufen", 400),
        new(Who.Anonymous, "/mail/abbestellen/{unsubscribe}", 200),
    ];

    /// <summary>
    /// Page types behind a sign-in, behind a private link, and the error pages
    /// (<see cref="Accessibility.SignedInPageTypesTests"/>).
    /// </summary>
    public static readonly PageType[] SignedIn =
    [
        // The member's account.
        new(Who.Member, "/konto", 200),
        new(Who.Member, "/konto/passwort-aendern", 200),
        new(Who.Member, "/konto/zwei-faktor", 200),
        new(Who.Member, "/konto/zwei-faktor/ausschalten", 200),
        new(Who.Member, "/konto/loeschen", 200),
        new(Who.Anonymous, "/konto/geloescht", 200),
        new(Who.Anonymous, "/konto/passwort-vergessen/gesendet", 200),
        new(Who.Anonymous, "/konto/passwort-neu?id={resetMember}&code={resetCode}", 200),
        new(Who.Anonymous, "/konto/passwort-neu?id={member}&code=abgelaufen", 400),
        new(Who.Anonymous, "/konto/bestaetigung-erneut", 200),
        new(Who.Anonymous, "/konto/registrieren/gesendet", 200),

        // The business area.
        new(Who.Member, "/betrieb", 200),
        new(Who.Member, "/betrieb/neu", 200),
        new(Who.Member, "/betrieb/{listing}/bearbeiten", 200),
        new(Who.Member, "/betrieb/{listing}/fotos", 200),
        new(Who.Member, "/betrieb/{listing}/verlauf", 200),
        new(Who.Member, "/betrieb/{listing}/mitglieder", 200),
        new(Who.Member, "/betrieb/{listing}/angebote", 200),
        new(Who.Member, "/betrieb/{listing}/angebote/neu", 200),
        new(Who.Member, "/betrieb/{listing}/angebote/{offer}", 200),
        new(Who.Member, "/betrieb/{listing}/reservierungen", 200),
        new(Who.Member, "/betrieb/{listing}/reservierungen/{reservation}", 200),
        new(Who.Member, "/betrieb/beanspruchen/radhaus-overbeck", 200),
        new(Who.Member, "/mitgestalten/neu", 200),
        new(Who.Member, "/mitgestalten/{feedback}", 200),
        // Feedback is for businesses: a member who keeps none is told so.
        new(Who.Newcomer, "/mitgestalten/neu", 403),

        // Private links from mails.
        new(Who.Anonymous, "/einladung/{invitation}", 200),
        new(Who.Member, "/einladung/{invitation}", 200),
        new(Who.Anonymous, "/reservierung/{reservationToken}", 200),

        // Staff.
        new(Who.Staff, "/verwaltung", 200),
        new(Who.Staff, "/verwaltung/kategorien", 200),
        new(Who.Staff, "/verwaltung/kategorien/{category}", 200),
        new(Who.Staff, "/verwaltung/stadtteile", 200),
        new(Who.Staff, "/verwaltung/stadtteile/{district}", 200),
        new(Who.Staff, "/verwaltung/mitglieder", 200),
        new(Who.Staff, "/verwaltung/mitglieder/{member}", 200),
        new(Who.Staff, "/verwaltung/austausch", 200),
        new(Who.Staff, "/verwaltung/status", 200),
        new(Who.Staff, "/verwaltung/texte", 200),
        new(Who.Staff, "/verwaltung/texte/datenschutz/de", 200),
        new(Who.Staff, "/verwaltung/pruefung", 200),
        new(Who.Staff, "/verwaltung/mitgestalten", 200),
        new(Who.Staff, "/verwaltung/mitgestalten/{feedback}", 200),

        // Error pages, signed in and not.
        new(Who.Member, "/betrieb/999999/bearbeiten", 404),
        new(Who.Member, "/verwaltung", 403),
        new(Who.Anonymous, "/fehler", 500),
        new(Who.Anonymous, "/fehler/403", 403),
        new(Who.Anonymous, "/reservierung/" + new string('x', InvitationToken.Length), 404),
    ];

    /// <summary>Every page type above: the security sweep visits each of them.</summary>
    public static IEnumerable<PageType> All => [.. Plain, .. Civic, .. SeededPublic, .. SignedIn];

    /// <summary>
    /// Page types no plain GET with a seeded address shows: a test walks there (<see cref="Accessibility.FlowPageTypesTests"/>).
    /// The route patterns count as swept.
    /// </summary>
    public static readonly (string Route, string Test)[] ReachedByFlow =
    [
        ("/konto/anmelden/code", "FlowPageTypesTests.SecondFactorSignIn_AtWidth_CodeAndRecoveryCodePagesAccessible"),
        ("/konto/anmelden/wiederherstellungscode", "FlowPageTypesTests.SecondFactorSignIn_AtWidth_CodeAndRecoveryCodePagesAccessible"),
        // Hangfire's own markup, with violations the site cannot fix: the test names the known ones and fails on others.
        ("/verwaltung/jobs/{**path}", "FlowPageTypesTests.JobsDashboard_AtWidth_OnlyHangfiresKnownViolationsAndNoForeignRequests"),
    ];

    /// <summary>GET endpoints that are not pages of the site's markup, each with the reason it is not swept.</summary>
    public static readonly (string Route, string Reason)[] Exempt =
    [
        ("/api/{**rest}", "JSON problem answer of the API (SecurityPolicyTests checks its headers)"),
        ("/api/v1/listings", "JSON API (SecurityPolicyTests checks its headers)"),
        ("/api/v1/listings/{slug}", "JSON API"),
        ("/api/v1/search", "JSON API"),
        ("/api/v1/suggest", "JSON API of the search field's suggestions (SecurityPolicyTests runs them in the browser)"),
        ("/api/v1/categories", "JSON API"),
        ("/api/v1/districts", "JSON API"),
        ("/api/v1/openapi.json", "file: the OpenAPI document (SecurityPolicyTests checks its headers)"),
        ("/api/v1/export/listings.csv", "file: open data (SecurityPolicyTests checks its headers)"),
        ("/api/v1/export/listings.geojson", "file: open data (SecurityPolicyTests checks its headers)"),
        ("/api/v1/export/dcat.jsonld", "file: open data description (SecurityPolicyTests checks its headers)"),
        ("/api/v1/opening-hours/preview", "JSON API of the hours editor"),
        ("/sitemap.xml", "XML for search engines (SecurityPolicyTests checks its headers)"),
        ("/sitemap-seiten.xml", "XML for search engines"),
        ("/sitemap-eintraege-{file:int}.xml", "XML for search engines"),
        ("/robots.txt", "text for crawlers (SecurityPolicyTests checks its headers)"),
        ("/health/live", "health probe for the reverse proxy (HealthEndpointTests)"),
        ("/health/ready", "health probe for the reverse proxy (HealthEndpointTests)"),
        ("/konto/daten", "file: the member's data export, JSON (SecurityPolicyTests checks its headers)"),
        ("/betrieb/{listingId:int}/reservierungen.csv", "file: a business's reservations as CSV"),
        ("/verwaltung/austausch/export", "file: the office's CSV export of every listing"),
        ("/betrieb/{listingId:int}/fotos/liste", "HTML fragment the photo page's script inserts into the swept photo page"),
        ("/betrieb/{listingId:int}/fotos/status", "JSON the photo page's script polls for processing photos"),
        ("/mitgestalten/{id:int}/screenshot/{size}.jpg", "file: a feedback screenshot"),
        ("/sprache/{language}", "redirect back after choosing a language"),
    ];
}

/// <summary>A page type: who visits, its address, and the status it answers with.</summary>
public sealed record PageType(Who Who, string Path, int Status);

public enum Who
{
    Anonymous,

    /// <summary>A member who keeps the bakery.</summary>
    Member,

    /// <summary>A member who keeps no business.</summary>
    Newcomer,

    Staff,
}
