using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.Web.Features.Business;

namespace HalloBot.EndToEndTests.Accessibility;

/// <summary>
/// WCAG 2.1 AA at 320 px and 1280 px for the page types behind a sign-in, behind a private link, and the error pages:
/// axe finds nothing, nothing scrolls sideways at 320 px, nothing is loaded from another origin. The anonymous page
/// types are in <see cref="PageTypesAtWidthsTests"/>, the civic ones in <see cref="CivicPagesTests"/>, the pages only a
/// sign-in with a second factor or a rate limit reaches in <see cref="FlowPageTypesTests"/>.
/// </summary>
[Collection(PageTypesSiteCollection.Name)]
public sealed class SignedInPageTypesTests(SiteFixture site) : IAsyncLifetime
{
    private const string Member = "member";
    private const string Staff = "staff";
    private const string Anonymous = "anonymous";

    private SeededPages _data = null!;

    /// <summary>The innermost elements that reach past the right edge, to name the culprit of sideways scrolling.</summary>
    private const string StickingOut = """
        () => [...document.body.querySelectorAll('*')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
          .slice(0, 5)
          .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''} (${Math.round(e.getBoundingClientRect().right)} px): ${(e.textContent || '').trim().slice(0, 40)}`)
          .join(' | ')
        """;

    /// <summary>Who visits, the address ({placeholders} filled from the seeded data), and the status the page answers.</summary>
    private static readonly (string Who, string Path, int Status)[] Pages =
    [
        // The member's account.
        (Member, "/konto", 200),
        (Member, "/konto/passwort-aendern", 200),
        (Member, "/konto/zwei-faktor", 200),
        (Member, "/konto/zwei-faktor/ausschalten", 200),
        (Member, "/konto/loeschen", 200),
        (Anonymous, "/konto/geloescht", 200),
        (Anonymous, "/konto/passwort-vergessen/gesendet", 200),
        (Anonymous, "/konto/passwort-neu?id={resetMember}&code={resetCode}", 200),
        (Anonymous, "/konto/passwort-neu?id={member}&code=abgelaufen", 400),
        (Anonymous, "/konto/bestaetigung-erneut", 200),
        (Anonymous, "/konto/registrieren/gesendet", 200),

        // The business area.
        (Member, "/betrieb", 200),
        (Member, "/betrieb/neu", 200),
        (Member, "/betrieb/{listing}/bearbeiten", 200),
        (Member, "/betrieb/{listing}/fotos", 200),
        (Member, "/betrieb/{listing}/verlauf", 200),
        (Member, "/betrieb/{listing}/mitglieder", 200),
        (Member, "/betrieb/{listing}/angebote", 200),
        (Member, "/betrieb/{listing}/angebote/neu", 200),
        (Member, "/betrieb/{listing}/angebote/{offer}", 200),
        (Member, "/betrieb/{listing}/reservierungen", 200),
        (Member, "/betrieb/{listing}/reservierungen/{reservation}", 200),
        (Member, "/betrieb/beanspruchen/radhaus-overbeck", 200),
        (Member, "/mitgestalten/neu", 200),
        (Member, "/mitgestalten/{feedback}", 200),

        // Private links from mails.
        (Anonymous, "/einladung/{invitation}", 200),
        (Member, "/einladung/{invitation}", 200),
        (Anonymous, "/reservierung/{reservationToken}", 200),

        // Staff.
        (Staff, "/verwaltung", 200),
        (Staff, "/verwaltung/kategorien", 200),
        (Staff, "/verwaltung/kategorien/{category}", 200),
        (Staff, "/verwaltung/stadtteile", 200),
        (Staff, "/verwaltung/stadtteile/{district}", 200),
        (Staff, "/verwaltung/mitglieder", 200),
        (Staff, "/verwaltung/mitglieder/{member}", 200),
        (Staff, "/verwaltung/austausch", 200),
        (Staff, "/verwaltung/status", 200),
        (Staff, "/verwaltung/texte", 200),
        (Staff, "/verwaltung/texte/datenschutz/de", 200),
        (Staff, "/verwaltung/pruefung", 200),
        (Staff, "/verwaltung/mitgestalten", 200),
        (Staff, "/verwaltung/mitgestalten/{feedback}", 200),
        // /verwaltung/jobs is Hangfire's own dashboard, not the site's markup: see JobsDashboard below.

        // Error pages, signed in and not.
        (Member, "/betrieb/999999/bearbeiten", 404),
        (Member, "/verwaltung", 403),
        (Anonymous, "/fehler", 500),
        (Anonymous, "/fehler/403", 403),
        (Anonymous, "/reservierung/" + new string('x', InvitationToken.Length), 404),
    ];

    /// <summary>Public page types that need seeded data, so <see cref="PageTypesAtWidthsTests"/> cannot list them.</summary>
    private static readonly (string Who, string Path, int Status)[] SeededPublicPages =
    [
        (Anonymous, "/b/{slug}/angebote/{offer}", 200),
        (Anonymous, "/reservieren/{offer}", 200),
        (Anonymous, "/reservieren/gesendet", 200),
        (Anonymous, "/mitgestalten", 200),
        (Anonymous, "/mitgestalten/{feedback}", 200),
        (Anonymous, "/konto/bestaetigen?id={member}&code=abgelaufen", 400),
    ];

    public static TheoryData<string, string, int> AllPages() => AsTheory(Pages);

    public static TheoryData<string, string, int> PublicPages() => AsTheory(SeededPublicPages);

    private static TheoryData<string, string, int> AsTheory((string Who, string Path, int Status)[] pages)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (who, path, status) in pages)
        {
            data.Add(who, path, status);
        }

        return data;
    }

    public async Task InitializeAsync() => _data = await SeededPages.OnceAsync(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(PublicPages))]
    public Task PublicPage_At320And1280_HasNoAxeViolationsNoSidewaysScrollingAndNoForeignRequests(string who, string path, int status) =>
        Page_At320And1280_HasNoAxeViolationsNoSidewaysScrollingAndNoForeignRequests(who, path, status);

    /// <remarks>
    /// Both widths in one visit: the page is loaded at 320 px, checked, widened to 1280 px (the style sheet's media
    /// queries apply at once) and checked again. Half the sign-ins and page loads of one visit per width.
    /// </remarks>
    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task Page_At320And1280_HasNoAxeViolationsNoSidewaysScrollingAndNoForeignRequests(string who, string path, int status)
    {
        var address = _data.Fill(path);
        await using var visit = who switch
        {
            Member => await site.OpenSignedInAsync(_data.Member),
            Staff => await site.OpenSignedInAsync(_data.Staff),
            _ => await site.OpenPageAsync(),
        };

        await visit.Page.SetViewportSizeAsync(320, 900);
        var response = await visit.GotoAsync(address);

        Assert.True(response.Status == status, $"{path} ({who}) answered {response.Status}, expected {status}");
        await AssertPageAsync(visit, $"{path} ({who}) at 320 px");
        await visit.Page.SetViewportSizeAsync(1280, 900);
        await AssertPageAsync(visit, $"{path} ({who}) at 1280 px");
    }

    /// <summary>Checks a page already open: axe, sideways scrolling and foreign requests.</summary>
    internal static async Task AssertPageAsync(VisitedPage visit, string what)
    {
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe found WCAG 2.1 A/AA violations on {what}:\n" + string.Join('\n', violations));
        var overflow = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{what} scrolls sideways by {overflow} px; sticking out: "
            + (overflow > 0 ? await visit.Page.EvaluateAsync<string>(StickingOut) : ""));
        Assert.True(visit.ForeignRequests().Count == 0, $"{what} requested other origins: " + string.Join(", ", visit.ForeignRequests()));
    }
}
