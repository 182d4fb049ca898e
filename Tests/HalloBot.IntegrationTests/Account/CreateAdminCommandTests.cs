using System.Net;
using HalloBot.Domain.Accounts;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Web.Features.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Account;

/// <summary><c>create-admin EMAIL</c> through the command line's own dispatcher, on the site's services.</summary>
public sealed class CreateAdminCommandTests
{
    private const string NewPassword = "Tetraeder auf der Halde";

    [Fact]
    public async Task CreateAdmin_NewAddress_AdminWithoutPasswordAndMailWhoseLinkSetsItAndSignsIn()
    {
        await using var app = new AccountApp(new Dictionary<string, string> { ["HalloBot:PublicBaseUrl"] = "http://localhost" });
        var (code, output, error) = await RunAsync(app, "create-admin", "wirtschaft@example.org");

        Assert.Equal(0, code);
        Assert.Contains("Konto für wirtschaft@example.org angelegt, mit der Rolle Admin.", output, StringComparison.Ordinal);
        Assert.Contains("Link zum Festlegen des Passworts", output, StringComparison.Ordinal);
        Assert.Equal("", error);
        Assert.True(await IsAdminAsync(app, "wirtschaft@example.org"));

        var mail = await app.WaitForMailAsync("wirtschaft@example.org");
        Assert.Equal("Ihr Zugang zu Hallo-Bot Bottrop", mail.Subject);
        var client = app.CreateCookieClient();
        var link = AccountApp.LinkIn(mail, "/konto/passwort-neu");
        var set = await client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword }, "main form");
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        // The link came by mail, so the address counts as confirmed: sign-in works at once.
        var signedIn = await AccountApp.SignInAsync(client, "wirtschaft@example.org", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task CreateAdmin_ExistingMember_PromotedWithoutMail_SecondRunSaysSo()
    {
        await using var app = new AccountApp();
        await app.CreateMemberAsync("baecker@example.org");

        var first = await RunAsync(app, "create-admin", "baecker@example.org");
        var second = await RunAsync(app, "create-admin", "baecker@example.org");

        Assert.Equal(0, first.Code);
        Assert.Contains("Das Konto baecker@example.org hat jetzt die Rolle Admin.", first.Output, StringComparison.Ordinal);
        Assert.Contains("hat die Rolle Admin bereits", second.Output, StringComparison.Ordinal);
        Assert.True(await IsAdminAsync(app, "baecker@example.org"));
        Assert.False(await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.OutgoingMails)));
    }

    [Fact]
    public async Task CreateAdmin_NotAnAddress_UsageErrorInGermanAndNothingCreated()
    {
        await using var app = new AccountApp();

        var (code, _, error) = await RunAsync(app, "create-admin", "keine-adresse");

        Assert.Equal(2, code);
        Assert.Contains("„keine-adresse“ ist keine gültige E-Mail-Adresse", error, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users)));
    }

    [Fact]
    public async Task CreateAdmin_NoPublicBaseUrl_SaysWhichAddressTheLinkUses()
    {
        await using var app = new AccountApp();

        var (code, _, error) = await RunAsync(app, "create-admin", "wirtschaft@example.org");

        Assert.Equal(0, code);
        Assert.Contains("HalloBot:PublicBaseUrl ist nicht gesetzt", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(AccountApp app, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineCommands.RunAsync(app.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<bool> IsAdminAsync(AccountApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        return await users.FindByEmailAsync(email) is { } member && await users.IsInRoleAsync(member, Roles.Admin);
    }
}
