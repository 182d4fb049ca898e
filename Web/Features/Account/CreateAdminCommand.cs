using System.ComponentModel.DataAnnotations;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Account;

/// <summary>
/// <c>create-admin EMAIL</c>: makes the office's first staff account, or gives an existing account the Admin role.
/// No password on the command line (it would stay in the shell's history): a new account gets a mail with a link to
/// set one, which also confirms the address. The mail is queued; the running site sends it.
/// </summary>
public sealed class CreateAdminCommand(
    UserManager<Member> users,
    RoleManager<IdentityRole> roles,
    AccountMailer mailer,
    HalloBotDbContext db,
    IOptions<AccountOptions> options,
    TimeProvider clock)
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(IServiceProvider services, string email, TextWriter output, TextWriter error)
    {
        if (services.MigratesOnStart())
        {
            await services.MigrateDatabaseAsync();
        }

        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CreateAdminCommand>().RunAsync(email, output, error, CancellationToken.None);
    }

    public async Task<int> RunAsync(string email, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        email = email.Trim();
        if (!new EmailAddressAttribute().IsValid(email) || email.Length > 254)
        {
            await error.WriteLineAsync($"Fehler: „{email}“ ist keine gültige E-Mail-Adresse. Aufruf: create-admin EMAIL");
            return UsageError;
        }

        var root = options.Value.PublicBaseUrl?.TrimEnd('/');
        if (root is null)
        {
            root = AccountOptions.DevelopmentBaseUrl;
            await error.WriteLineAsync($"Hinweis: HalloBot:PublicBaseUrl ist nicht gesetzt; der Link in der E-Mail beginnt mit {root}.");
        }

        if (!await roles.RoleExistsAsync(Roles.Admin) && !await ReportAsync(await roles.CreateAsync(new IdentityRole(Roles.Admin)), error))
        {
            return Failure;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var member = await users.FindByEmailAsync(email);
        var created = member is null;
        if (member is null)
        {
            member = new Member { UserName = email, Email = email, DisplayName = email[..email.IndexOf('@', StringComparison.Ordinal)], CreatedAt = clock.GetUtcNow().UtcDateTime };
            if (!await ReportAsync(await users.CreateAsync(member), error))
            {
                return Failure;
            }
        }

        var wasAdmin = await users.IsInRoleAsync(member, Roles.Admin);
        if (!wasAdmin && !await ReportAsync(await users.AddToRoleAsync(member, Roles.Admin), error))
        {
            return Failure;
        }

        var needsPassword = !await users.HasPasswordAsync(member);
        if (needsPassword)
        {
            var token = await users.GeneratePasswordResetTokenAsync(member);
            await mailer.QueueSetPasswordAsync(member, AccountLinks.ResetPasswordUrl(root, member.Id, token), token, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await output.WriteLineAsync(created
            ? $"Konto für {email} angelegt, mit der Rolle Admin."
            : wasAdmin ? $"Das Konto {email} hat die Rolle Admin bereits." : $"Das Konto {email} hat jetzt die Rolle Admin.");
        if (needsPassword)
        {
            await output.WriteLineAsync(
                $"Eine E-Mail an {email} mit einem Link zum Festlegen des Passworts (24 Stunden gültig) ist vorgemerkt; die Website versendet sie, sobald sie läuft.");
        }

        return Success;
    }

    private static async Task<bool> ReportAsync(IdentityResult result, TextWriter error)
    {
        foreach (var e in result.Errors)
        {
            await error.WriteLineAsync($"Fehler: {e.Description}");
        }

        return result.Succeeded;
    }
}
